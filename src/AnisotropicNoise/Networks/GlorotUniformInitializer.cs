using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>Glorot (Xavier) uniform weights on <c>[−r, r]</c>, <c>r = √(6 / (fanIn + fanOut))</c>: TensorFlow's default for dense layers.</summary>
public sealed class GlorotUniformInitializer : IWeightInitializer
{
    /// <summary>The one instance.</summary>
    public static GlorotUniformInitializer Instance { get; } = new();

    private GlorotUniformInitializer() { }

    /// <inheritdoc />
    public void Fill(Span<double> weights, int fanIn, int fanOut, RandomStream random)
    {
        double r = Math.Sqrt(6.0 / (fanIn + fanOut));
        for (int i = 0; i < weights.Length; i++) weights[i] = random.NextUniform(-r, r);
    }
}
