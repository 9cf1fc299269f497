using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>How a layer draws its initial weights (biases start at zero).</summary>
public interface IWeightInitializer
{
    /// <summary>Fills <paramref name="weights"/> for a layer with the given fan-in and fan-out.</summary>
    void Fill(Span<double> weights, int fanIn, int fanOut, RandomStream random);
}
