using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>SGD's gradient noise at a point, as the covariance the escape indicators take.</summary>
public static class SgdNoise
{
    /// <summary>
    /// The covariance <c>Σ̂</c> of the minibatch gradient of size <paramref name="batchSize"/> at
    /// <paramref name="theta"/>, from the <c>⌊N/m⌋</c> minibatches of one pass over the examples in an order
    /// shuffled by <paramref name="seed"/> (the authors' scripts' estimator), kept as a factor (no <c>D × D</c> matrix).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="theta"/> has the wrong length, or batchSize is outside [1, N/2].</exception>
    public static CovarianceFactor At(IFiniteSumObjective objective, ReadOnlySpan<double> theta, int batchSize, long seed = 1) =>
        GradientCovariance.ShuffledPass(objective, theta, batchSize, new RandomStream(seed));
}
