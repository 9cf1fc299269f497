using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Uniform weights and biases on <c>[−1/√fanIn, 1/√fanIn]</c>: PyTorch's default for <c>nn.Linear</c>, hence the dense
/// layers of the paper's VGG script.
/// </summary>
public sealed class FanInUniformInitializer : IWeightInitializer
{
    /// <summary>The one instance.</summary>
    public static FanInUniformInitializer Instance { get; } = new();

    private FanInUniformInitializer() { }

    /// <inheritdoc />
    public void Fill(Span<double> weights, int fanIn, int fanOut, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double r = 1 / Math.Sqrt(Guard.Positive(fanIn, nameof(fanIn)));
        for (int i = 0; i < weights.Length; i++) weights[i] = random.NextUniform(-r, r);
    }

    /// <inheritdoc />
    public void FillBiases(Span<double> biases, int fanIn, RandomStream random) => Fill(biases, fanIn, biases.Length, random);
}
