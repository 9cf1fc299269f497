using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Uniform weights on <c>[−1/√fanIn, 1/√fanIn]</c>: PyTorch's default for <c>nn.Linear</c> weights, hence the dense layers
/// of the paper's VGG script (PyTorch also draws the biases so; this package starts them at zero).
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
}
