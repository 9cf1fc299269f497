using AnisotropicNoise.Curvature;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Indicators;

/// <summary>The indicators of PAPER.md §2 for a Hessian known by products and a noise known by B minibatch gradients (large D).</summary>
/// <param name="Dimension">The dimension <c>D</c>.</param>
/// <param name="TraceHSigma"><c>Tr(HΣ̂)</c>, exact (B products).</param>
/// <param name="TraceH">Hutchinson's estimate of <c>Tr H</c>.</param>
/// <param name="TraceHStandardError">Its standard error.</param>
/// <param name="TraceSigma"><c>Tr Σ̂</c>, exact.</param>
/// <param name="TraceHSigmaBar"><c>Tr(HΣ̄) = Tr H · Tr Σ̂ / D</c> (with the estimated <c>Tr H</c>).</param>
/// <param name="Ratio"><c>Tr(HΣ̂) / Tr(HΣ̄)</c>.</param>
/// <param name="Lambda1">The top eigenvalue <c>λ₁</c> of <c>H</c> (Lanczos).</param>
/// <param name="Alignment">The alignment coefficient <c>u₁ᵀΣ̂u₁ · Tr H / (λ₁ Tr Σ̂)</c> (with the estimated <c>Tr H</c>).</param>
/// <param name="Products">The Hessian-vector products spent in all.</param>
public sealed record MatrixFreeIndicators(
    int Dimension, double TraceHSigma, double TraceH, double TraceHStandardError, double TraceSigma,
    double TraceHSigmaBar, double Ratio, double Lambda1, double Alignment, long Products)
{
    /// <summary>
    /// Measures the indicators of <paramref name="hessian"/> (PSD, known by products) and the sample
    /// covariance of the <paramref name="count"/> gradients in <paramref name="gradients"/> (row-major
    /// <c>B × D</c>): B products for <c>Tr(HΣ̂)</c>, <paramref name="probes"/> for <c>Tr H</c>, and Lanczos for <c>λ₁, u₁</c>.
    /// </summary>
    public static MatrixFreeIndicators Measure(ILinearOperator hessian, ReadOnlySpan<double> gradients, int count, RandomStream random, int probes = 100)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(random);
        Guard.Positive(probes, nameof(probes));
        var counter = new CountingOperator(hessian);
        var covariance = MatrixFreeTraceHSigma.SampleCovariance(hessian, gradients, count);
        double traceHSigma = covariance.TraceWith(counter);
        double traceSigma = covariance.Trace;
        var traceH = Hutchinson.Trace(counter, probes, random);
        var top = Lanczos.Top(counter, 1, random);
        int n = hessian.Dimension;
        double ratio = IsotropicEquivalence.Ratio(traceHSigma, traceH.Mean, traceSigma, n);
        double alignment = Indicators.Alignment.Coefficient(covariance.Quadratic(top.Vector(0)), top.Values[0], traceH.Mean, traceSigma);
        return new MatrixFreeIndicators(
            n, traceHSigma, traceH.Mean, traceH.StandardError, traceSigma,
            traceH.Mean * traceSigma / n, ratio, top.Values[0], alignment, counter.Count);
    }
}
