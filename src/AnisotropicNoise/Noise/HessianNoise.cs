using AnisotropicNoise.Curvature;

namespace AnisotropicNoise.Noise;

/// <summary>
/// GLD Hessian: <c>N(0, T·H_k / Tr H_k)</c>, the top-<c>k</c> eigen part of the Hessian scaled to the
/// target trace; <c>k ≥ D</c> gives the whole Hessian, which must then be positive semi-definite.
/// </summary>
public sealed class HessianNoise : INoise
{
    private readonly NoiseMagnitude _magnitude;

    /// <summary>Creates the noise from the top <paramref name="count"/> Hessian eigenpairs, scaled by <paramref name="magnitude"/>.</summary>
    public HessianNoise(int count, NoiseMagnitude magnitude, string name = "GLD Hessian")
    {
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
        double target = _magnitude.TargetTrace(context);
        var pairs = HessianSpectrum.Top(context.Objective, context.Theta, Math.Min(Count, context.Objective.Dimension), context.Random);
        return StructureScaling.Sampler(pairs, target, context, Name);
    }
}
