using AnisotropicNoise.Curvature;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// The indicators of PAPER.md §2 for a Hessian known by products and a noise covariance known by a
/// factor (large D), each estimated value with its standard error.
/// </summary>
/// <param name="Dimension">The dimension <c>D</c>.</param>
/// <param name="TraceHSigma"><c>Tr(HΣ̂) = Σ_j f_jᵀ H f_j</c>, exact for the given <c>Σ̂</c> (one product per column).</param>
/// <param name="TraceHSigmaStandardError">Its standard error as an estimate of <c>Tr(HΣ)</c>: the spread of the column terms, <c>√B · sd(f_jᵀ H f_j)</c>.</param>
/// <param name="TraceH">Hutchinson's estimate of <c>Tr H</c>.</param>
/// <param name="TraceHStandardError">Its standard error.</param>
/// <param name="TraceSigma"><c>Tr Σ̂</c>, exact.</param>
/// <param name="TraceHSigmaBar"><c>Tr(HΣ̄) = Tr H · Tr Σ̂ / D</c> (with the estimated <c>Tr H</c>).</param>
/// <param name="Ratio"><c>Tr(HΣ̂) / Tr(HΣ̄)</c>; NaN when the estimate of <c>Tr H</c> is not positive (far from a minimum).</param>
/// <param name="RatioStandardError">
/// Its standard error by the delta method: the ratio-of-sums <c>Σ_j f_jᵀHf_j / Σ_j ‖f_j‖²</c> over the
/// columns (the minibatches) and, independently, Hutchinson's <c>Tr H</c>.
/// </param>
/// <param name="Lambda1">The top eigenvalue <c>λ₁</c> of <c>H</c> (Lanczos).</param>
/// <param name="Alignment">The alignment coefficient <c>u₁ᵀΣ̂u₁ · Tr H / (λ₁ Tr Σ̂)</c> (with the estimated <c>Tr H</c>); NaN unless λ₁ and Tr H are positive.</param>
/// <param name="Products">The Hessian-vector products spent in all.</param>
public sealed record MatrixFreeIndicators(
    int Dimension, double TraceHSigma, double TraceHSigmaStandardError, double TraceH, double TraceHStandardError, double TraceSigma,
    double TraceHSigmaBar, double Ratio, double RatioStandardError, double Lambda1, double Alignment, long Products)
{
    /// <summary>
    /// Measures the indicators of <paramref name="hessian"/> (known by products) and the sample
    /// covariance of the <paramref name="count"/> gradients in <paramref name="gradients"/> (row-major
    /// <c>B × D</c>): see <see cref="Measure(ILinearOperator, CovarianceFactor, RandomStream, int, int?)"/>.
    /// </summary>
    public static MatrixFreeIndicators Measure(ILinearOperator hessian, ReadOnlySpan<double> gradients, int count, RandomStream random, int probes = 100) =>
        Measure(hessian, MatrixFreeTraceHSigma.SampleCovariance(hessian, gradients, count), random, probes);

    /// <summary>
    /// Measures the indicators of <paramref name="hessian"/> and <paramref name="sigma"/>: one product per
    /// column of the factor for <c>Tr(HΣ̂)</c>, <paramref name="probes"/> for <c>Tr H</c>, and Lanczos
    /// (at most <paramref name="lanczosBudget"/> products when given) for <c>λ₁, u₁</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The dimensions differ, probes &lt; 2, or a product is not finite.</exception>
    public static MatrixFreeIndicators Measure(ILinearOperator hessian, CovarianceFactor sigma, RandomStream random, int probes = 100, int? lanczosBudget = null)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(sigma);
        ArgumentNullException.ThrowIfNull(random);
        Guard.InRange(probes, 2, int.MaxValue, nameof(probes));
        Guard.Length(sigma.Dimension, hessian.Dimension, nameof(sigma));
        var counter = new CountingOperator(hessian);
        var curved = sigma.ColumnQuadratics(counter);
        var spread = sigma.ColumnSquaredNorms();
        double traceHSigma = curved.Sum(), traceSigma = sigma.Trace;
        var traceH = Hutchinson.Trace(counter, probes, random);
        var top = Lanczos.Top(counter, 1, random, maxIterations: lanczosBudget is int budget ? Math.Min(budget, hessian.Dimension) : null);
        int n = hessian.Dimension;
        double ratio = traceH.Mean > 0 && traceSigma > 0 ? IsotropicEquivalence.Ratio(traceHSigma, traceH.Mean, traceSigma, n) : double.NaN;
        double alignment = top.Values[0] > 0 && traceH.Mean > 0 && traceSigma > 0
            ? Indicators.Alignment.Coefficient(sigma.Quadratic(top.Vector(0)), top.Values[0], traceH.Mean, traceSigma)
            : double.NaN;
        return new MatrixFreeIndicators(
            n, traceHSigma, SumStandardError(curved), traceH.Mean, traceH.StandardError, traceSigma,
            traceH.Mean * traceSigma / n, ratio, RatioError(ratio, curved, spread, traceH), top.Values[0], alignment, counter.Count);
    }

    // The standard error of Σ_j a_j over B roughly independent terms: √B · sd(a).
    private static double SumStandardError(double[] terms)
    {
        if (terms.Length < 2) return double.NaN;
        double mean = terms.Average(), squares = terms.Sum(a => (a - mean) * (a - mean));
        return Math.Sqrt(terms.Length * squares / (terms.Length - 1));
    }

    // ratio = q · D / Tr H with q = Σa/Σs; Var q ≈ Σ(a_j − q s_j)² / (Σs)² (the ratio estimator), Tr H independent.
    private static double RatioError(double ratio, double[] curved, double[] spread, MonteCarloEstimate traceH)
    {
        if (!double.IsFinite(ratio) || curved.Length < 2) return double.NaN;
        double q = curved.Sum() / spread.Sum(), residuals = 0;
        for (int j = 0; j < curved.Length; j++) residuals += (curved[j] - q * spread[j]) * (curved[j] - q * spread[j]);
        double relativeQ = Math.Sqrt(residuals) / spread.Sum() / q, relativeTraceH = traceH.StandardError / traceH.Mean;
        return Math.Abs(ratio) * Math.Sqrt(relativeQ * relativeQ + relativeTraceH * relativeTraceH);
    }
}
