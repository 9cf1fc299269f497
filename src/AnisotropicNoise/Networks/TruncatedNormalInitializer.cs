using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Normal weights <c>N(0, σ²)</c> redrawn until within two standard deviations, as TensorFlow's
/// <c>truncated_normal</c> (the paper's CNN uses <c>σ = 0.02</c>); biases zero, or drawn the same way when
/// <see cref="DrawsBiases"/> (the authors' scripts draw every variable, biases included, from it).
/// </summary>
public sealed class TruncatedNormalInitializer : IWeightInitializer
{
    /// <summary>Creates the initializer with standard deviation <paramref name="standardDeviation"/> (before truncation); <paramref name="drawsBiases"/> draws the biases too.</summary>
    public TruncatedNormalInitializer(double standardDeviation, bool drawsBiases = false)
    {
        StandardDeviation = Guard.Positive(standardDeviation, nameof(standardDeviation));
        DrawsBiases = drawsBiases;
    }

    /// <summary>The standard deviation σ of the normal before truncation at ±2σ.</summary>
    public double StandardDeviation { get; }

    /// <summary>Whether the biases are drawn like the weights (else zero).</summary>
    public bool DrawsBiases { get; }

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

    /// <inheritdoc />
    public void FillBiases(Span<double> biases, int fanIn, RandomStream random)
    {
        if (DrawsBiases) Fill(biases, fanIn, biases.Length, random);
        else biases.Clear();
    }
}
