using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>A zero-mean noise distribution over <c>R^D</c>, fixed at a refresh, to draw from.</summary>
public interface INoiseSampler
{
    /// <summary>The dimension <c>D</c> of a draw.</summary>
    int Dimension { get; }

    /// <summary>The trace of the covariance, <c>Tr Σ = E‖ε‖²</c>.</summary>
    double Trace { get; }

    /// <summary>Writes one draw into <paramref name="destination"/> (length <c>D</c>).</summary>
    void Sample(RandomStream random, Span<double> destination);
}
