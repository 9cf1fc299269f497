using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>How a layer draws its initial weights and biases.</summary>
public interface IWeightInitializer
{
    /// <summary>Fills <paramref name="weights"/> for a layer with the given fan-in and fan-out.</summary>
    void Fill(Span<double> weights, int fanIn, int fanOut, RandomStream random);

    /// <summary>Fills <paramref name="biases"/>, drawn after the weights; zero unless the initializer says otherwise.</summary>
    void FillBiases(Span<double> biases, int fanIn, RandomStream random) => biases.Clear();
}
