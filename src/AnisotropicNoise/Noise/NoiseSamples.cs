using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Noise;

/// <summary>Many draws of a noise at once: sample statistics, and scatter charts of the noise's shape.</summary>
public static class NoiseSamples
{
    /// <summary>
    /// <paramref name="count"/> draws of <paramref name="sampler"/> from <paramref name="random"/>, one per row
    /// of a <c>count × D</c> matrix.
    /// </summary>
    public static Matrix<double> Draw(INoiseSampler sampler, int count, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(random);
        Guard.Positive(count, nameof(count));
        var samples = Matrix<double>.Build.Dense(count, sampler.Dimension);
        var draw = new double[sampler.Dimension];
        for (int k = 0; k < count; k++)
        {
            sampler.Sample(random, draw);
            samples.SetRow(k, draw);
        }
        return samples;
    }
}
