using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The data and initialisation of the paper's Fig. 4: points uniform on <c>[−2, 2]²</c>, label 1
/// where <c>x₀ ≥ x₁</c>, else 0; weights uniform on <c>[−r, r]</c> with <c>r = √(6/(2D))</c>
/// (TensorFlow's Glorot rule applied to one flat vector of <c>D</c> weights).
/// </summary>
public static class HalfPlaneTask
{
    /// <summary>The training loss of a network with <paramref name="hiddenUnits"/> units on <paramref name="examples"/> fresh points.</summary>
    public static ClippedReluNetwork CreateNetwork(int examples, int hiddenUnits, double clip, RandomStream random)
    {
        Guard.Positive(examples, nameof(examples));
        var inputs = new double[2 * examples];
        var labels = new double[examples];
        for (int i = 0; i < examples; i++)
        {
            double x0 = random.NextUniform(-2, 2), x1 = random.NextUniform(-2, 2);
            inputs[2 * i] = x0;
            inputs[2 * i + 1] = x1;
            labels[i] = x0 >= x1 ? 1 : 0;
        }
        return new ClippedReluNetwork(inputs, labels, 2, hiddenUnits, clip);
    }

    /// <summary>The half-width <c>r = √(6/(2D))</c> of the uniform initialisation.</summary>
    public static double InitialisationRange(int dimension) => Math.Sqrt(6.0 / (2.0 * Guard.Positive(dimension, nameof(dimension))));

    /// <summary>Initial parameters: every entry uniform on <c>[−r, r]</c>, <c>r = √(6/(2D))</c>.</summary>
    public static double[] InitialParameters(int dimension, RandomStream random)
    {
        double r = InitialisationRange(dimension);
        var theta = new double[dimension];
        for (int k = 0; k < dimension; k++) theta[k] = random.NextUniform(-r, r);
        return theta;
    }
}
