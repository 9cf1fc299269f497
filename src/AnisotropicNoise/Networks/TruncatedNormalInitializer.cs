using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Normal weights <c>N(0, σ²)</c> redrawn until within two standard deviations, as TensorFlow's
/// <c>truncated_normal</c> (the paper's CNN uses <c>σ = 0.02</c>).
/// </summary>
public sealed class TruncatedNormalInitializer : IWeightInitializer
{
    /// <summary>Creates the initializer with standard deviation <paramref name="standardDeviation"/> (before truncation).</summary>
    public TruncatedNormalInitializer(double standardDeviation) =>
        StandardDeviation = Guard.Positive(standardDeviation, nameof(standardDeviation));

    /// <summary>The standard deviation σ of the normal before truncation at ±2σ.</summary>
    public double StandardDeviation { get; }

    /// <inheritdoc />
    public void Fill(Span<double> weights, int fanIn, int fanOut, RandomStream random)
    {
        for (int i = 0; i < weights.Length; i++)
        {
            double z;
            do z = random.NextGaussian(); while (Math.Abs(z) > 2);
            weights[i] = StandardDeviation * z;
        }
    }
}
