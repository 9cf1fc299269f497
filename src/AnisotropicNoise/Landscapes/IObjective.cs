namespace AnisotropicNoise.Landscapes;

/// <summary>A differentiable loss <c>L(θ)</c> over <c>R^D</c>. Implementations are safe to call from several threads.</summary>
public interface IObjective
{
    /// <summary>The number of parameters <c>D</c>.</summary>
    int Dimension { get; }

    /// <summary>The loss <c>L(θ)</c>.</summary>
    double Loss(ReadOnlySpan<double> theta);

    /// <summary>Writes <c>∇L(θ)</c> into <paramref name="gradient"/> and returns <c>L(θ)</c>.</summary>
    double Gradient(ReadOnlySpan<double> theta, Span<double> gradient);
}
