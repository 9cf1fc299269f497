namespace AnisotropicNoise.Noise;

/// <summary>A noise whose distribution never changes: every refresh returns the same sampler (constant Σ, as in Proposition 1).</summary>
public sealed class FixedNoise : INoise
{
    private readonly INoiseSampler _sampler;

    /// <summary>Creates the noise named <paramref name="name"/> that always draws from <paramref name="sampler"/>.</summary>
    public FixedNoise(string name, INoiseSampler sampler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _sampler = sampler ?? throw new ArgumentNullException(nameof(sampler));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public NoisePreparation Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Guard.Length(_sampler.Dimension, context.Objective.Dimension, "sampler.Dimension");
        return new NoisePreparation(_sampler);
    }
}
