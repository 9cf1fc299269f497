using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Dynamics;

/// <summary>The exact gradient <c>∇L(θ)</c>: GD, and every GLD variant before its noise is added.</summary>
public sealed class FullGradient : IGradientSource
{
    /// <summary>The one instance.</summary>
    public static FullGradient Instance { get; } = new();

    private FullGradient() { }

    /// <inheritdoc />
    public double Evaluate(IObjective objective, ReadOnlySpan<double> theta, RandomStream random, Span<double> gradient) =>
        objective.Gradient(theta, gradient);
}
