using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// Measures one point of a FashionMNIST run: test accuracy, training loss, expected sharpness,
/// <c>Tr Σ̂</c> and <c>Tr(HΣ̂)</c> against <c>Tr(HΣ̄̂)</c>. Away from a minimum (an unconverged GD
/// phase) the Hutchinson estimate of <c>Tr H</c> can be ≤ 0; the ratio is then undefined and reported as NaN. The random draws depend only on the seed
/// and the iteration, so every dynamic is measured with the same draws at the same iteration.
/// </summary>
internal sealed class FashionMnistProbe(NetworkObjective training, NetworkObjective test, FashionMnistSettings settings)
{
    private const long SharpnessStream = 1_000_003, IndicatorStream = 2_000_003;

    public FashionMnistRow Measure(string dynamic, int iteration, double[] theta)
    {
        var sharpness = ExpectedSharpness.Estimate(
            training, theta, settings.SharpnessDraws, RandomStream.ForTask(settings.Seed, SharpnessStream + iteration).NextInt(int.MaxValue), settings.SharpnessSigma);
        var random = RandomStream.ForTask(settings.Seed, IndicatorStream + iteration);
        var sigma = GradientCovariance.ShuffledPass(training, theta, settings.BatchSize, random);
        var hessian = new HessianOperator(training, theta);
        double traceHSigma = sigma.TraceWith(hessian);
        double traceH = Hutchinson.Trace(hessian, settings.TraceProbes, random).Mean;
        int d = training.Dimension;
        return new FashionMnistRow(
            dynamic, iteration, test.Accuracy(theta), training.Loss(theta), sharpness.Mean, sigma.Trace,
            traceHSigma, traceH * sigma.Trace / d, traceH > 0 ? IsotropicEquivalence.Ratio(traceHSigma, traceH, sigma.Trace, d) : double.NaN);
    }
}
