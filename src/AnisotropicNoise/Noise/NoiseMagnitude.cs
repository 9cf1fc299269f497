namespace AnisotropicNoise.Noise;

/// <summary>
/// The total variance <c>T = Tr Σ_ε</c> a noise is scaled to at each refresh (in parameter units):
/// fixed, or matched to SGD's noise at the current point.
/// </summary>
public abstract class NoiseMagnitude
{
    private NoiseMagnitude() { }

    /// <summary>A fixed total variance <paramref name="trace"/> (the 2-D experiment's <c>s</c>).</summary>
    public static NoiseMagnitude FixedTrace(double trace) => new Fixed(Guard.NonNegative(trace, nameof(trace)));

    /// <summary>
    /// Noise <c>N(0, σ² I)</c> added to the gradient (<c>θ ← θ − η(∇L + n)</c>), so in parameter units
    /// <c>T = η² σ² D</c> (GLD const of the network experiments).
    /// </summary>
    public static NoiseMagnitude FixedGradientVariance(double variance) => new GradientVariance(Guard.NonNegative(variance, nameof(variance)));

    /// <summary>SGD's own magnitude, <c>T = η² Tr Σ̂</c> with <c>Σ̂</c> from <paramref name="covariance"/> at the current point.</summary>
    public static NoiseMagnitude MatchedToSgd(CovarianceEstimator covariance) =>
        new Matched(covariance ?? throw new ArgumentNullException(nameof(covariance)));

    /// <summary>Whether the magnitude follows SGD's noise at the current point (rather than being fixed).</summary>
    public bool IsMatchedToSgd => this is Matched;

    /// <summary>The target trace at the context's point.</summary>
    public double TargetTrace(NoiseContext context) => At(context).Trace;

    /// <summary>
    /// The target trace at the context's point, and <c>∇L</c> when estimating <c>Σ̂</c> for it gave <c>∇L</c> on the way.
    /// <paramref name="estimate"/>, when made by the same estimator this magnitude matches, is used instead of a new one,
    /// so a noise shaped and scaled by Σ̂ estimates it once per refresh.
    /// </summary>
    internal abstract (double Trace, double[]? FullGradient) At(NoiseContext context, CovarianceEstimator? estimatedWith = null, CovarianceEstimate? estimate = null);

    private sealed class Fixed(double trace) : NoiseMagnitude
    {
        internal override (double Trace, double[]? FullGradient) At(NoiseContext context, CovarianceEstimator? estimatedWith = null, CovarianceEstimate? estimate = null) => (trace, null);

        public override string ToString() => $"fixed trace {trace:G4}";
    }

    private sealed class GradientVariance(double variance) : NoiseMagnitude
    {
        internal override (double Trace, double[]? FullGradient) At(NoiseContext context, CovarianceEstimator? estimatedWith = null, CovarianceEstimate? estimate = null) =>
            (context.LearningRate * context.LearningRate * variance * context.Objective.Dimension, null);

        public override string ToString() => $"η²·{variance:G4}·D";
    }

    private sealed class Matched(CovarianceEstimator covariance) : NoiseMagnitude
    {
        internal override (double Trace, double[]? FullGradient) At(NoiseContext context, CovarianceEstimator? estimatedWith = null, CovarianceEstimate? estimate = null)
        {
            var sigma = ReferenceEquals(estimatedWith, covariance) && estimate is not null ? estimate : covariance.Estimate(context);
            return (context.LearningRate * context.LearningRate * sigma.Sigma.Trace, sigma.FullGradient);
        }

        public override string ToString() => $"η²·Tr Σ̂ ({covariance.Description})";
    }
}
