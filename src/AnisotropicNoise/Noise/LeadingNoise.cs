namespace AnisotropicNoise.Noise;

/// <summary>
/// GLD leading: <c>N(0, T·Σ_k / Tr Σ_k)</c>, the top-<c>k</c> eigen part of SGD's covariance scaled
/// to the target trace; <c>k ≥ D</c> gives the full covariance.
/// </summary>
public sealed class LeadingNoise : INoise
{
    private readonly CovarianceEstimator _covariance;
    private readonly NoiseMagnitude _magnitude;

    /// <summary>Creates the noise from the top <paramref name="count"/> eigenpairs of <paramref name="covariance"/>, scaled by <paramref name="magnitude"/>.</summary>
    public LeadingNoise(CovarianceEstimator covariance, int count, NoiseMagnitude magnitude, string name = "GLD leading")
    {
        _covariance = covariance ?? throw new ArgumentNullException(nameof(covariance));
        Count = Guard.Positive(count, nameof(count));
        _magnitude = magnitude ?? throw new ArgumentNullException(nameof(magnitude));
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The number <c>k</c> of leading eigenpairs kept.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public INoiseSampler Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sigma = _covariance.Estimate(context);
        double target = _magnitude.TargetTrace(context, _covariance, sigma);
        // Zero for a zero target; an error for a zero covariance, whose eigenpairs do not exist.
        if (StructureScaling.Factor(target, sigma.Trace, context, Name) == 0) return new IsotropicGaussian(sigma.Dimension, 0);
        var pairs = sigma.Top(Math.Min(Count, sigma.Dimension));
        return StructureScaling.Sampler(pairs, target, context, Name);
    }
}
