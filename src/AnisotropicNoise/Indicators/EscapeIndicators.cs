using AnisotropicNoise.Curvature;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// The escape indicators of docs/science.md (Proposition 1, isotropic equivalence, Proposition 2) for one curvature <c>H</c> and one noise covariance <c>Σ</c>: the
/// record every experiment reports, exact for dense matrices (<see cref="Of"/>) and estimated, each value
/// with its standard error, for a Hessian known by products and a covariance known by a factor (<see cref="Measure(ILinearOperator, CovarianceFactor, RandomStream, int, int?, double?, int)"/>).
/// </summary>
/// <param name="Dimension">The dimension <c>D</c>.</param>
/// <param name="TraceHSigma">
/// <c>Tr(HΣ)</c>, the escaping efficiency's leading coefficient. For a factor <c>Σ̂ = Σ_j f_j f_jᵀ</c> it is
/// exact for <c>Σ̂</c> (one product per column); its standard error, as an estimate of <c>Tr(HΣ)</c>, is the
/// spread of the column terms, <c>√B · sd(f_jᵀ H f_j)</c>.
/// </param>
/// <param name="TraceH"><c>Tr H</c>: exact, or Hutchinson's estimate.</param>
/// <param name="TraceSigma"><c>Tr Σ</c>, exact.</param>
/// <param name="TraceHSigmaBar"><c>Tr(HΣ̄) = Tr H · Tr Σ / D</c>, of the isotropic noise with the same trace.</param>
/// <param name="Ratio">
/// <c>Tr(HΣ) / Tr(HΣ̄)</c>; NaN when <c>Tr H</c> or <c>Tr Σ</c> is not positive (far from a minimum). Its standard
/// error by the delta method: the ratio-of-sums <c>Σ_j f_jᵀHf_j / Σ_j ‖f_j‖²</c> over the columns and,
/// independently, <c>Tr H</c>.
/// </param>
/// <param name="TopEigenvalues">The largest eigenvalues of <c>H</c>, decreasing (<c>λ₁</c> first).</param>
/// <param name="Alignment">The alignment coefficient <c>u₁ᵀΣu₁ · Tr H / (λ₁ Tr Σ)</c> (condition 2 of Proposition 2, docs/science.md); NaN unless λ₁, Tr H and Tr Σ are positive.</param>
/// <param name="Products">The Hessian-vector products spent (0 for dense matrices).</param>
public sealed record EscapeIndicators(
    int Dimension, Estimate TraceHSigma, Estimate TraceH, double TraceSigma, Estimate TraceHSigmaBar, Estimate Ratio,
    IReadOnlyList<double> TopEigenvalues, double Alignment, long Products)
{
    /// <summary>The top eigenvalue <c>λ₁</c> of <c>H</c>.</summary>
    public double Lambda1 => TopEigenvalues[0];

    /// <summary>The exact indicators of a dense symmetric <paramref name="hessian"/> and a dense PSD <paramref name="covariance"/>.</summary>
    /// <exception cref="ArgumentException">Not symmetric, not finite, of different dimensions, or the covariance is not PSD.</exception>
    public static EscapeIndicators Of(Matrix<double> hessian, Matrix<double> covariance)
    {
        double traceHSigma = Indicators.TraceHSigma.Of(hessian, covariance);
        MatrixChecks.PositiveSemidefinite(covariance, nameof(covariance));
        var (values, vectors) = SymmetricEigen.Decompose(hessian, nameof(hessian));
        var u1 = vectors.Column(0);
        return Assemble(hessian.RowCount, Estimate.Exact(traceHSigma), null, Estimate.Exact(hessian.Trace()), covariance.Trace(),
            values, u1 * covariance * u1, products: 0);
    }

    /// <summary>
    /// The indicators of <paramref name="hessian"/> (known by products) and the sample covariance of the
    /// <paramref name="count"/> gradients in <paramref name="gradients"/> (row-major <c>B × D</c>, B ≥ 2).
    /// </summary>
    /// <exception cref="ArgumentException">The dimensions differ, a gradient is not finite, or probes &lt; 2.</exception>
    public static EscapeIndicators Measure(ILinearOperator hessian, ReadOnlySpan<double> gradients, int count, RandomStream random, int probes = 100) =>
        Measure(hessian, MatrixFreeTraceHSigma.SampleCovariance(hessian, gradients, count), random, probes);

    /// <summary>
    /// The indicators of <paramref name="hessian"/> and <paramref name="sigma"/>: one product per column of
    /// the factor for <c>Tr(HΣ̂)</c>; <paramref name="probes"/> Hutchinson products for <c>Tr H</c> unless
    /// <paramref name="exactTraceH"/> gives it (a dense Hessian); Lanczos (at most <paramref name="lanczosBudget"/>
    /// products when given) for the top <paramref name="eigenvalues"/> eigenvalues and <c>u₁</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The dimensions differ, probes &lt; 2, eigenvalues outside [1, D], or a product is not finite.</exception>
    public static EscapeIndicators Measure(ILinearOperator hessian, CovarianceFactor sigma, RandomStream random, int probes = 100,
        int? lanczosBudget = null, double? exactTraceH = null, int eigenvalues = 1)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(sigma);
        ArgumentNullException.ThrowIfNull(random);
        Guard.InRange(probes, 2, int.MaxValue, nameof(probes));
        Guard.Length(sigma.Dimension, hessian.Dimension, nameof(sigma));
        Guard.InRange(eigenvalues, 1, hessian.Dimension, nameof(eigenvalues));
        if (exactTraceH is double exact) Guard.Finite(exact, nameof(exactTraceH));
        var counter = new CountingOperator(hessian);
        var curved = sigma.ColumnQuadratics(counter);
        var traceH = exactTraceH is double known ? Estimate.Exact(known) : Estimate.Of(Hutchinson.Trace(counter, probes, random));
        var top = Lanczos.Top(counter, eigenvalues, random, maxIterations: lanczosBudget is int budget ? Math.Min(budget, hessian.Dimension) : null);
        var traceHSigma = Estimate.Sum(curved);
        return Assemble(hessian.Dimension, traceHSigma, (curved, sigma.ColumnSquaredNorms()), traceH, sigma.Trace,
            top.Values, sigma.Quadratic(top.Vector(0)), counter.Count);
    }

    private static EscapeIndicators Assemble(int n, Estimate traceHSigma, (double[] Curved, double[] Spread)? columns, Estimate traceH,
        double traceSigma, IReadOnlyList<double> topEigenvalues, double curvatureNoise, long products)
    {
        bool defined = traceH.Value > 0 && traceSigma > 0;
        double ratio = defined ? IsotropicEquivalence.Ratio(traceHSigma.Value, traceH.Value, traceSigma, n) : double.NaN;
        double ratioError = !defined ? double.NaN : columns is { } c ? RatioError(ratio, c.Curved, c.Spread, traceH) : 0;
        double alignment = defined && topEigenvalues[0] > 0
            ? Indicators.Alignment.Coefficient(curvatureNoise, topEigenvalues[0], traceH.Value, traceSigma)
            : double.NaN;
        var bar = new Estimate(IsotropicEquivalence.TraceHSigmaBar(traceH.Value, traceSigma, n), traceH.StandardError * traceSigma / n);
        return new EscapeIndicators(n, traceHSigma, traceH, traceSigma, bar, new Estimate(ratio, ratioError), topEigenvalues.ToArray(), alignment, products);
    }

    // ratio = q · D / Tr H with q = Σa/Σs; Var q ≈ Σ(a_j − q s_j)² / (Σs)² (the ratio estimator), Tr H independent.
    private static double RatioError(double ratio, double[] curved, double[] spread, Estimate traceH)
    {
        if (!double.IsFinite(ratio) || curved.Length < 2) return double.NaN;
        double q = curved.Sum() / spread.Sum(), residuals = 0;
        for (int j = 0; j < curved.Length; j++) residuals += (curved[j] - q * spread[j]) * (curved[j] - q * spread[j]);
        double relativeQ = Math.Sqrt(residuals) / spread.Sum() / q, relativeTraceH = traceH.StandardError / traceH.Value;
        return Math.Abs(ratio) * Math.Sqrt(relativeQ * relativeQ + relativeTraceH * relativeTraceH);
    }
}
