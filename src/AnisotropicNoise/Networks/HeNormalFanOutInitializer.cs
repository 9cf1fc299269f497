using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// He normal weights over the fan-out, <c>N(0, 2 / fanOut)</c>: the convolution initialisation of the paper's VGG script
/// (<c>normal_(0, √(2/n))</c> with <c>n = k·k·C_out</c>).
/// </summary>
public sealed class HeNormalFanOutInitializer : IWeightInitializer
{
    /// <summary>The one instance.</summary>
    public static HeNormalFanOutInitializer Instance { get; } = new();

    private HeNormalFanOutInitializer() { }

    /// <inheritdoc />
    public void Fill(Span<double> weights, int fanIn, int fanOut, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double std = Math.Sqrt(2.0 / Guard.Positive(fanOut, nameof(fanOut)));
        for (int i = 0; i < weights.Length; i++) weights[i] = std * random.NextGaussian();
    }
}
