namespace AnisotropicNoise.Noise;

/// <summary>Isotropic noise <c>N(0, (T/D) I)</c>: GLD const with a fixed magnitude, GLD dynamic with SGD's.</summary>
public sealed class IsotropicNoise : INoise
{
    private readonly NoiseMagnitude _magnitude;

    /// <summary>Creates the noise with total variance from <paramref name="magnitude"/>; the name defaults to <c>GLD const</c>, or <c>GLD dynamic</c> when matched to SGD.</summary>
    public IsotropicNoise(NoiseMagnitude magnitude, string? name = null)
    {
        _magnitude = magnitude ?? throw new ArgumentNullException(nameof(magnitude));
        Name = name ?? (magnitude.IsMatchedToSgd ? "GLD dynamic" : "GLD const");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public NoisePreparation Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int d = context.Objective.Dimension;
        var (trace, gradient) = _magnitude.At(context);
        return new NoisePreparation(new IsotropicGaussian(d, trace / d), gradient);
    }
}
