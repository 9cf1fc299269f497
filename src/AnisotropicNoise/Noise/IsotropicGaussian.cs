using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>Isotropic Gaussian noise <c>N(0, σ² I)</c>.</summary>
public sealed class IsotropicGaussian : INoiseSampler
{
    private readonly double _std;

    /// <summary>Creates <c>N(0, variance·I)</c> in <paramref name="dimension"/> dimensions.</summary>
    public IsotropicGaussian(int dimension, double variance)
    {
        Dimension = Guard.Positive(dimension, nameof(dimension));
        Variance = Guard.NonNegative(variance, nameof(variance));
        _std = Math.Sqrt(variance);
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>The variance <c>σ²</c> of each coordinate.</summary>
    public double Variance { get; }

    /// <inheritdoc />
    public double Trace => Variance * Dimension;

    /// <inheritdoc />
    public void Sample(RandomStream random, Span<double> destination)
    {
        Guard.Length(destination.Length, Dimension, nameof(destination));
        for (int i = 0; i < destination.Length; i++) destination[i] = _std * random.NextGaussian();
    }
}
