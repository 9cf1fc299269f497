using AnisotropicNoise.Curvature;
using AnisotropicNoise.Data;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// Measures one point of a FashionMNIST run: test accuracy, training loss and accuracy (clean and
/// random-label images apart), gradient norm, both sharpness estimators on the training and test
/// sets, <c>λ₁</c>, and the indicators <c>Tr(HΣ̂)</c>, <c>Tr H</c>, <c>Tr Σ̂</c> and their ratio, each
/// estimate with its standard error. The random draws depend only on the settings' seed and the
/// iteration, so every dynamic and seed is measured with the same draws at the same iteration.
/// </summary>
internal sealed class FashionMnistProbe
{
    private const long SharpnessStream = 1_000_003, TestSharpnessStream = 3_000_003, IndicatorStream = 2_000_003;
    private const int SharpnessRound = 20; // antithetic pairs added per round until the precision goal
    private readonly FashionMnistSettings _settings;
    private readonly NetworkObjective _training, _clean, _testRecord, _testFinal, _testSharpness;
    private readonly NetworkObjective? _random;

    public FashionMnistProbe(Sequential network, FashionMnistData data, FashionMnistSettings settings)
    {
        _settings = settings;
        int threads = settings.MaxDegreeOfParallelism;
        NetworkObjective Objective(LabeledImages images) => new(network, images.ToExamples(), threads, settings.Precision);
        var corrupted = Enumerable.Range(settings.CorruptedFrom, settings.CorruptedImages).ToArray();
        var clean = Enumerable.Range(0, data.Training.Count).Except(corrupted).ToArray();
        _training = Objective(data.Training);
        _clean = Objective(data.Training.Subset(clean));
        _random = corrupted.Length > 0 ? Objective(data.Training.Subset(corrupted)) : null;
        _testFinal = Objective(data.Test.Take(settings.TestImages));
        _testRecord = settings.RecordTestImages == settings.TestImages ? _testFinal : Objective(data.Test.Take(settings.RecordTestImages));
        _testSharpness = Objective(data.Test.Take(settings.SharpnessTestImages));
    }

    /// <summary>The training objective the dynamics run on.</summary>
    public NetworkObjective Training => _training;

    /// <summary>Measures <paramref name="theta"/>; <paramref name="final"/> points (start and end) use every test image.</summary>
    public FashionMnistRow Measure(string dynamic, int seed, int iteration, double[] theta, bool final)
    {
        var s = _settings;
        var gradient = new double[theta.Length];
        double loss = _training.Gradient(theta, gradient);
        var sharpness = ExpectedSharpness.Estimate(
            _training, theta, RandomStream.DeriveSeed(s.Seed, SharpnessStream + iteration), s.SharpnessSigma, s.SharpnessRelativeError, Math.Min(SharpnessRound, s.SharpnessMaxPairs), s.SharpnessMaxPairs);
        var testSharpness = ExpectedSharpness.Estimate(
            _testSharpness, theta, RandomStream.DeriveSeed(s.Seed, TestSharpnessStream + iteration), s.SharpnessSigma, s.SharpnessRelativeError, Math.Min(SharpnessRound, s.SharpnessMaxPairs), s.SharpnessMaxPairs);
        var random = RandomStream.ForTask(s.Seed, IndicatorStream + iteration);
        var sigma = GradientCovariance.ShuffledPass(_training, theta, s.BatchSize, random);
        var indicators = EscapeIndicators.Measure(new HessianOperator(_training, theta), sigma, random, s.TraceProbes, s.TopEigenvalueBudget);
        var test = final ? _testFinal : _testRecord;
        return new FashionMnistRow(
            dynamic, seed, iteration, test.Count, test.Accuracy(theta), loss,
            _clean.Accuracy(theta), _random?.Accuracy(theta) ?? double.NaN, VectorKernels.NormOneAccumulator(gradient),
            Estimate.Of(sharpness.Signed), Estimate.Of(sharpness.Absolute), Estimate.Of(testSharpness.Signed), Estimate.Of(testSharpness.Absolute),
            indicators.Lambda1, indicators.TraceH, indicators.TraceSigma, indicators.TraceHSigma, indicators.Ratio);
    }
}
