using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Dynamics;

/// <summary>∇L from Σ̂'s shuffled pass: the mean of minibatch gradients covering every example once is the full gradient.</summary>
public class GradientFromPassTests
{
    private static readonly LeastSquares Objective = new(count: 60, dimension: 5, seed: 3);

    [Fact]
    public void APassCoveringEveryExampleHandsOnTheFullGradientThroughItsEstimateAndTheNoisesPreparation()
    {
        var theta = new[] { 0.3, -0.2, 0.1, 0.4, -0.5 };
        var exact = new double[theta.Length];
        Objective.Gradient(theta, exact);
        NoiseContext Context() => new(Objective, theta, 0.1, 0, new RandomStream(1));
        var estimate = CovarianceEstimator.ShuffledPass(20, fullGradientFromPass: true).Estimate(Context());
        Assert.NotNull(estimate.FullGradient);
        for (int i = 0; i < exact.Length; i++) Assert.Equal(exact[i], estimate.FullGradient[i], 1e-13 * Math.Max(1, Math.Abs(exact[i])));

        // 60 = 8·7 + 4: the pass leaves 4 examples out, so its mean is not ∇L; and without the option there is none.
        Assert.Null(CovarianceEstimator.ShuffledPass(7, fullGradientFromPass: true).Estimate(Context()).FullGradient);
        Assert.Null(CovarianceEstimator.ShuffledPass(20).Estimate(Context()).FullGradient);

        // Every noise shaped or scaled by such a pass hands it on, through wrappers too; a fixed one has none.
        var pass = CovarianceEstimator.ShuffledPass(20, fullGradientFromPass: true);
        var matched = NoiseMagnitude.MatchedToSgd(pass);
        INoise[] handOn =
        [
            new IsotropicNoise(matched), new DiagonalNoise(pass, NoiseMagnitude.FixedTrace(1)), new LeadingNoise(pass, 2, matched),
            new HessianNoise(2, matched), new HessianEigenvectorNoise(matched), new DrawOnRefreshOnly(new IsotropicNoise(matched)),
            new SubGaussianStableNoise(new IsotropicNoise(matched), 1.5),
        ];
        Assert.All(handOn, noise => Assert.Equal(estimate.FullGradient, noise.Prepare(Context()).FullGradient));
        Assert.Null(new IsotropicNoise(NoiseMagnitude.FixedTrace(1)).Prepare(Context()).FullGradient);
    }

    [Fact]
    public void OnTheCnnThePassMeanIsTheNetworksFullGradientToRounding()
    {
        // 48 images in 12 minibatches of 4: the mean of the batch means is the mean over the images.
        var objective = SmallCnnTrajectory.Objective;
        var theta = SmallCnnTrajectory.Theta;
        var exact = new double[theta.Length];
        objective.Gradient(theta, exact);
        var estimate = CovarianceEstimator.ShuffledPass(4, fullGradientFromPass: true).Estimate(new NoiseContext(objective, theta, 0.1, 0, new RandomStream(2)));
        double scale = exact.Max(Math.Abs);
        Assert.All(exact.Zip(estimate.FullGradient!), p => Assert.Equal(p.First, p.Second, 1e-12 * scale));
    }

    [Fact]
    public void GldDynamicTakesTheSameStepsWithoutComputingTheFullGradient()
    {
        var start = new[] { 1.0, -1.0, 0.5, 0.2, -0.3 };
        double[] Run(bool fromPass, CountingGradients counted)
        {
            var noise = new IsotropicNoise(NoiseMagnitude.MatchedToSgd(CovarianceEstimator.ShuffledPass(20, fromPass)));
            return DynamicsRunner.Run(counted, start, Dynamic.Langevin(noise), new GradientStep(0.01), 25, new RandomStream(4), Recording.FinalOnly).Final;
        }
        var (twice, once) = (new CountingGradients(Objective), new CountingGradients(Objective));
        double[] plain = Run(false, twice), shared = Run(true, once);
        for (int i = 0; i < plain.Length; i++) Assert.Equal(plain[i], shared[i], 1e-12 * Math.Max(1, Math.Abs(plain[i])));
        Assert.Equal((25, 0), (twice.FullGradients, once.FullGradients));
        Assert.Equal(twice.BatchPasses, once.BatchPasses);
    }

    private sealed class CountingGradients(IFiniteSumObjective inner) : IFiniteSumObjective
    {
        public int FullGradients { get; private set; }

        public int BatchPasses { get; private set; }

        public int Dimension => inner.Dimension;

        public int Count => inner.Count;

        public double Loss(ReadOnlySpan<double> theta) => inner.Loss(theta);

        public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            FullGradients++;
            return inner.Gradient(theta, gradient);
        }

        public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient) => inner.BatchGradient(theta, indices, gradient);

        public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients) => inner.ExampleGradients(theta, indices, gradients);

        public void BatchGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, int batchSize, Span<double> gradients)
        {
            BatchPasses++;
            inner.BatchGradients(theta, indices, batchSize, gradients);
        }
    }
}
