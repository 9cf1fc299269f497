namespace AnisotropicNoise.Noise;

/// <summary>
/// GLD leading: the top-<c>k</c> eigen part <c>Σ_k</c> of SGD's covariance, either scaled to the target
/// trace, <c>N(0, T·Σ_k / Tr Σ_k)</c>, or kept at its own size, <c>N(0, (T / Tr Σ)·Σ_k)</c> (for the
/// matched magnitude <c>T = η² Tr Σ̂</c> that is <c>η² Σ̂_k</c>, the authors' <c>gld_lead.py</c>);
/// <c>k ≥ D</c> gives the full covariance either way.
/// </summary>
public sealed class LeadingNoise : INoise
{
    private readonly CovarianceEstimator _covariance;
    private readonly NoiseMagnitude _magnitude;

    /// <summary>
    /// Creates the noise from the top <paramref name="count"/> eigenpairs of <paramref name="covariance"/>,
    /// scaled by <paramref name="magnitude"/>: to its whole target trace when <paramref name="matchTrace"/>,
    /// else by the same factor as the whole covariance would be (so the top-k part keeps its share).
    /// </summary>
    public LeadingNoise(CovarianceEstimator covariance, int count, NoiseMagnitude magnitude, string name = "GLD leading", bool matchTrace = true)
    {
        MatchTrace = matchTrace;
        _covariance = covariance ?? throw new ArgumentNullException(nameof(covariance));
        Count = Guard.Positive(count, nameof(count));
        _magnitude = magnitude ?? throw new ArgumentNullException(nameof(magnitude));
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The number <c>k</c> of leading eigenpairs kept.</summary>
    public int Count { get; }

    /// <summary>Whether the top-k part is rescaled to the whole target trace (else it keeps its share <c>Tr Σ_k / Tr Σ</c> of it).</summary>
    public bool MatchTrace { get; }

    /// <inheritdoc />
    public NoisePreparation Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var estimate = _covariance.Estimate(context);
        var sigma = estimate.Sigma;
        var (target, gradient) = _magnitude.At(context, _covariance, estimate);
        gradient ??= estimate.FullGradient;
        // Zero for a zero target; an error for a zero covariance, whose eigenpairs do not exist.
        if (StructureScaling.Factor(target, sigma.Trace, context, Name) == 0) return new NoisePreparation(new IsotropicGaussian(sigma.Dimension, 0), gradient);
        var pairs = sigma.Top(Math.Min(Count, sigma.Dimension));
        if (!MatchTrace) target *= pairs.Values.Sum() / sigma.Trace;
        return new NoisePreparation(StructureScaling.Sampler(pairs, target, context, Name), gradient);
    }
}
