using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// The gradient noise scales of McCandlish, Kaplan, Amodei et al. (2018, "An empirical model of
/// large-batch training"), built on the same <c>Tr(HΣ)</c> as this paper's indicator. With <c>G</c> the full
/// gradient, <c>H</c> the Hessian and <c>Σ</c> the covariance of a <em>single</em> example's gradient:
/// <c>B_simple = Tr Σ / |G|²</c> and <c>B_noise = Tr(HΣ) / (Gᵀ H G)</c>, the batch size below which a
/// step's expected loss decrease grows about linearly with the batch and above which it saturates.
/// </summary>
/// <param name="Simple"><c>B_simple</c>, with the standard error of <c>Tr Σ̂</c> carried through (G exact).</param>
/// <param name="Noise"><c>B_noise</c>, with the standard error of <c>Tr(HΣ̂)</c> carried through (G exact).</param>
/// <param name="GradientSquaredNorm"><c>|G|²</c>.</param>
/// <param name="GradientCurvature"><c>Gᵀ H G</c>.</param>
public sealed record GradientNoiseScale(Estimate Simple, Estimate Noise, double GradientSquaredNorm, double GradientCurvature)
{
    /// <summary>
    /// The scales at a point from its full <paramref name="gradient"/>, its <paramref name="hessian"/> (one
    /// product) and the covariance <paramref name="covariance"/> of gradients over minibatches of
    /// <paramref name="batchSize"/> examples drawn with replacement, so that the single-example covariance is
    /// <c>batchSize · Σ_m</c> (pass 1 for per-example gradients).
    /// </summary>
    /// <exception cref="ArgumentException">The dimensions differ, the gradient is not finite or is zero, or <c>Gᵀ H G</c> is not positive (no descent curvature along G).</exception>
    public static GradientNoiseScale Measure(ReadOnlySpan<double> gradient, ILinearOperator hessian, CovarianceFactor covariance, int batchSize = 1)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(covariance);
        Guard.Length(covariance.Dimension, hessian.Dimension, nameof(covariance));
        Guard.Positive(batchSize, nameof(batchSize));
        var (squaredNorm, curvature) = GradientTerms(gradient, hessian);
        if (!(squaredNorm > 0)) throw new ArgumentException("gradient is zero: the noise scales divide by |G|² and GᵀHG.", nameof(gradient));
        if (!(curvature > 0)) throw new ArgumentException($"GᵀHG = {curvature:G4} is not positive: B_noise is defined only where H curves upward along G.", nameof(hessian));
        var traceSigma = Estimate.Sum(covariance.ColumnSquaredNorms());
        var traceHSigma = Estimate.Sum(covariance.ColumnQuadratics(hessian));
        return new GradientNoiseScale(
            new Estimate(batchSize * traceSigma.Value / squaredNorm, batchSize * traceSigma.StandardError / squaredNorm),
            new Estimate(batchSize * traceHSigma.Value / curvature, batchSize * traceHSigma.StandardError / curvature),
            squaredNorm, curvature);
    }

    /// <summary>
    /// The exact scales of <paramref name="objective"/> at <paramref name="theta"/>: <c>Σ</c> is the covariance of one
    /// example drawn uniformly from all <c>N</c>, <c>(1/N) Σ_i ∇ℓ_i ∇ℓ_iᵀ − G Gᵀ</c>, from every per-example gradient
    /// (so no standard error); null where the scales are undefined, at <c>G = 0</c> or where <c>Gᵀ H G ≤ 0</c>.
    /// </summary>
    /// <exception cref="ArgumentException">θ or <paramref name="hessian"/> has the wrong dimension, or the gradient is not finite.</exception>
    public static GradientNoiseScale? Exact(IFiniteSumObjective objective, ReadOnlySpan<double> theta, ILinearOperator hessian)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(hessian);
        Guard.Length(hessian.Dimension, objective.Dimension, nameof(hessian));
        var gradient = new double[objective.Dimension];
        objective.Gradient(theta, gradient);
        var (squaredNorm, curvature) = GradientTerms(gradient, hessian);
        if (!(squaredNorm > 0 && curvature > 0)) return null;
        var covariance = GradientCovariance.Exact(objective, theta, batchSize: 1, withReplacement: true);
        return new GradientNoiseScale(
            Estimate.Exact(covariance.Trace / squaredNorm), Estimate.Exact(covariance.TraceWith(hessian) / curvature), squaredNorm, curvature);
    }

    private static (double SquaredNorm, double Curvature) GradientTerms(ReadOnlySpan<double> gradient, ILinearOperator hessian)
    {
        Guard.Length(gradient.Length, hessian.Dimension, nameof(gradient));
        Guard.AllFinite(gradient, nameof(gradient));
        var hg = new double[gradient.Length];
        hessian.Apply(gradient, hg);
        return (VectorKernels.Dot(gradient, gradient), VectorKernels.Dot(gradient, hg));
    }
}
