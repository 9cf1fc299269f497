using AnisotropicNoise.Data;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.OneHiddenLayer;

/// <summary>
/// The data, network and initialisation of the paper's Fig. 4: points uniform on <c>[−2, 2]²</c>,
/// label 1 where <c>x₀ ≥ x₁</c>, else 0; the net <c>f(x) = clip(Σ_j a_j relu(w_jᵀx + b_j), δ, 1 − δ)</c>
/// with fixed output weights (<c>a_j = +1</c> for the first half of the units, <c>−1</c> for the second)
/// and loss <c>(f(x) − y)²</c>; weights uniform on <c>[−r, r]</c> with <c>r = √(6/(2D))</c>
/// (TensorFlow's Glorot rule applied to one flat vector of <c>D</c> weights).
/// </summary>
public static class HalfPlaneTask
{
    /// <summary>
    /// The Fig. 4 net with <paramref name="hiddenUnits"/> units (even, ≥ 2) and clipping margin
    /// <paramref name="clip"/>. Parameters: <c>θ = (w_1, …, w_n, b_1, …, b_n)</c>, <c>D = 3n</c>.
    /// </summary>
    public static Sequential Network(int hiddenUnits, double clip) =>
        new([new Dense(2, hiddenUnits, GlorotUniformInitializer.Instance), new Relu(hiddenUnits), FixedLinear.SignedSum(hiddenUnits)],
            new ClippedSquaredLoss(1, clip, coefficient: 1));

    /// <summary><paramref name="examples"/> fresh points with their labels.</summary>
    public static LabeledExamples Data(int examples, RandomStream random)
    {
        Guard.Positive(examples, nameof(examples));
        ArgumentNullException.ThrowIfNull(random);
        var inputs = new double[2 * examples];
        var labels = new int[examples];
        for (int i = 0; i < examples; i++)
        {
            double x0 = random.NextUniform(-2, 2), x1 = random.NextUniform(-2, 2);
            inputs[2 * i] = x0;
            inputs[2 * i + 1] = x1;
            labels[i] = x0 >= x1 ? 1 : 0;
        }
        return new LabeledExamples(inputs, 2, labels, 2);
    }

    /// <summary>The training loss of the net with <paramref name="hiddenUnits"/> units on <paramref name="examples"/> fresh points.</summary>
    public static NetworkObjective CreateObjective(int examples, int hiddenUnits, double clip, RandomStream random, int maxDegreeOfParallelism = -1) =>
        new(Network(hiddenUnits, clip), Data(examples, random), maxDegreeOfParallelism);

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
