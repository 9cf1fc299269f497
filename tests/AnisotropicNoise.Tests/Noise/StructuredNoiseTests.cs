using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Noise;

/// <summary>Each noise structure's draws have the covariance it promises: <c>T·S/Tr S</c> for its structure S.</summary>
public class StructuredNoiseTests
{
    private const double Target = 0.37;
    private static readonly LeastSquares Objective = new(40, 4, 21);
    private static readonly double[] Theta = [0.2, -0.4, 0.1, 0.3];
    private static readonly NoiseMagnitude Fixed = NoiseMagnitude.FixedTrace(Target);

    private static NoiseContext Context(IObjective? objective = null, double learningRate = 0.1, long seed = 5) =>
        new(objective ?? Objective, Theta, learningRate, 0, new RandomStream(seed));

    private static Matrix<double> Scaled(Matrix<double> structure) => structure * (Target / structure.Trace());

    // The top-k part Σ λ_i u_i u_iᵀ of a symmetric matrix.
    private static Matrix<double> TopPart(Matrix<double> matrix, int k)
    {
        var (values, vectors) = SymmetricEigen.Decompose(matrix, "m");
        var part = Matrix<double>.Build.Dense(matrix.RowCount, matrix.RowCount);
        for (int i = 0; i < k; i++) part += values[i] * vectors.Column(i).OuterProduct(vectors.Column(i));
        return part;
    }

    private static Matrix<double> C => GradientCovariance.PerExample(Objective, Theta).ToMatrix();

    private static Matrix<double> H => Objective.Hessian(Theta);

    [Fact]
    public void IsotropicIsTOverDTimesIdentity() =>
        SampleCovariance.AssertMatches(new IsotropicNoise(Fixed).Prepare(Context()).Sampler, Matrix<double>.Build.DenseIdentity(4) * (Target / 4));

    [Fact]
    public void DiagonalIsTheScaledDiagonalOfC() =>
        SampleCovariance.AssertMatches(new DiagonalNoise(CovarianceEstimator.PerExample, Fixed).Prepare(Context()).Sampler,
            Scaled(Matrix<double>.Build.DenseOfDiagonalArray(C.Diagonal().ToArray())));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(9)] // k ≥ D: the full covariance
    public void LeadingIsTheScaledTopKPartOfC(int k) =>
        SampleCovariance.AssertMatches(new LeadingNoise(CovarianceEstimator.PerExample, k, Fixed).Prepare(Context()).Sampler,
            Scaled(TopPart(C, Math.Min(k, 4))));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)] // k = D: the whole covariance, so both scalings agree
    public void LeadingAtItsOwnSizeKeepsTheTopKShareOfTheTarget(int k) =>
        // The authors' gld_lead.py: N(0, Σ_k) scaled as Σ itself would be, T·Σ_k / Tr Σ.
        SampleCovariance.AssertMatches(new LeadingNoise(CovarianceEstimator.PerExample, k, Fixed, matchTrace: false).Prepare(Context()).Sampler,
            TopPart(C, k) * (Target / C.Trace()));

    [Fact]
    public void DrawOnRefreshOnlyDrawsOnceAfterEachRefreshThenZeros()
    {
        var noise = new DrawOnRefreshOnly(new IsotropicNoise(Fixed));
        Assert.Equal("GLD dynamic", new DrawOnRefreshOnly(new IsotropicNoise(Fixed, "GLD dynamic")).Name);
        var random = new RandomStream(3);
        var draw = new double[4];
        for (int refresh = 0; refresh < 2; refresh++)
        {
            var sampler = noise.Prepare(Context()).Sampler;
            Assert.Equal(Target, sampler.Trace, 1e-15);
            sampler.Sample(random, draw);
            Assert.All(draw, x => Assert.NotEqual(0, x));
            for (int step = 1; step < 3; step++)
            {
                sampler.Sample(random, draw);
                Assert.All(draw, x => Assert.Equal(0, x));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void HessianIsTheScaledTopKPartOfH(int k) =>
        SampleCovariance.AssertMatches(new HessianNoise(k, Fixed).Prepare(Context()).Sampler, Scaled(TopPart(H, k)));

    [Fact]
    public void FirstEigenvectorPutsAllTheVarianceOnU1()
    {
        var u = SymmetricEigen.Decompose(H, "H").Vectors.Column(0);
        SampleCovariance.AssertMatches(new HessianEigenvectorNoise(Fixed).Prepare(Context()).Sampler, u.OuterProduct(u) * Target);
    }

    [Fact]
    public void FirstEigenvectorByPowerIterationUsesOnlyHessianVectorProducts()
    {
        // Known only by products: a rank-one outlier (≈ 10) over a bulk ≤ 0.1, so 100 power steps converge.
        var quadratic = LowRankPlusDiagonalQuadratic.Random(6, 1, 0.1, 10, new RandomStream(8));
        var h = Matrix<double>.Build.Dense(6, 6);
        var product = new double[6];
        for (int j = 0; j < 6; j++)
        {
            var unit = new double[6];
            unit[j] = 1;
            quadratic.HessianVectorProduct(new double[6], unit, product);
            h.SetColumn(j, product);
        }
        var u = SymmetricEigen.Decompose(h, "H").Vectors.Column(0);
        var noise = new HessianEigenvectorNoise(Fixed, powerIterations: 100);
        Assert.Equal(100, noise.PowerIterations);
        var context = new NoiseContext(quadratic, new double[6], 0.1, 0, new RandomStream(3));
        SampleCovariance.AssertMatches(noise.Prepare(context).Sampler, u.OuterProduct(u) * Target);
    }

    [Fact]
    public void TwoDimensionalLandscapeNoisesMatchTheirCovariances()
    {
        // The 2-D experiment's closed-form paths (2×2 eigenpairs) at a point between the wells.
        var landscape = AnisotropicNoise.Landscapes.TwoWellLandscape.Generate(100, new RandomStream(3));
        var context = new NoiseContext(landscape, [0.95, 1.02], 0.005, 0, new RandomStream(4));
        var c = GradientCovariance.PerExample(landscape, context.Theta).ToMatrix();
        var h = landscape.Hessian(context.Theta);
        SampleCovariance.AssertMatches(new LeadingNoise(CovarianceEstimator.PerExample, 2, Fixed).Prepare(context).Sampler, Scaled(c));
        SampleCovariance.AssertMatches(new HessianNoise(2, Fixed).Prepare(context).Sampler, Scaled(h));
        var u = SymmetricEigen.Decompose(h, "H").Vectors.Column(0);
        SampleCovariance.AssertMatches(new HessianEigenvectorNoise(Fixed).Prepare(context).Sampler, u.OuterProduct(u) * Target);
    }

    [Fact]
    public void MagnitudesGiveTheirTargetTraces()
    {
        var context = Context(learningRate: 0.2);
        Assert.Equal(Target, Fixed.TargetTrace(context));
        Assert.Equal(0.04 * 1e-6 * 4, NoiseMagnitude.FixedGradientVariance(1e-6).TargetTrace(context), 1e-20);
        var matched = NoiseMagnitude.MatchedToSgd(CovarianceEstimator.Exact(5, withReplacement: false));
        double sgdTrace = GradientCovariance.Exact(Objective, Theta, 5, false).Trace;
        Assert.Equal(0.04 * sgdTrace, matched.TargetTrace(context), 1e-12);
        Assert.Equal("GLD dynamic", new IsotropicNoise(matched).Name);
        Assert.Equal(0.04 * sgdTrace, new IsotropicNoise(matched).Prepare(context).Sampler.Trace, 1e-12);
        Assert.Equal("GLD const", new IsotropicNoise(Fixed).Name);
    }

    [Fact]
    public void MatchedNoiseShapedBySigmaHatEstimatesItOncePerRefresh()
    {
        // With the same seed, the first estimate drawn is the one both the shape and the scale use.
        var estimator = CovarianceEstimator.Minibatch(4, 6);
        var first = estimator.Estimate(Context(seed: 12)).Sigma;
        var noise = new DiagonalNoise(estimator, NoiseMagnitude.MatchedToSgd(estimator));
        var sampler = (DiagonalGaussian)noise.Prepare(Context(learningRate: 0.3, seed: 12)).Sampler;
        Assert.Equal(0.09 * first.Trace, sampler.Trace, 1e-12);
        var expected = first.Diagonal().Select(v => v * 0.09).ToArray();
        for (int i = 0; i < 4; i++) Assert.Equal(expected[i], sampler.Variances[i], 1e-12);
    }

    [Fact]
    public void ZeroTargetGivesZeroNoise()
    {
        var zero = NoiseMagnitude.FixedTrace(0);
        Assert.Equal(0, new HessianNoise(2, zero).Prepare(Context()).Sampler.Trace);
        Assert.Equal(0, new DiagonalNoise(CovarianceEstimator.PerExample, zero).Prepare(Context()).Sampler.Trace);
    }

    [Fact]
    public void RejectsBadInput()
    {
        Assert.Equal("trace", Assert.Throws<ArgumentOutOfRangeException>(() => NoiseMagnitude.FixedTrace(-1)).ParamName);
        Assert.Equal("trace", Assert.Throws<ArgumentOutOfRangeException>(() => NoiseMagnitude.FixedTrace(double.NaN)).ParamName);
        Assert.Equal("variance", Assert.Throws<ArgumentOutOfRangeException>(() => NoiseMagnitude.FixedGradientVariance(double.PositiveInfinity)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new LeadingNoise(CovarianceEstimator.PerExample, 0, Fixed)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new HessianNoise(0, Fixed)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => new HessianNoise(2, Fixed, maxIterations: 0)).ParamName);
        Assert.Equal("powerIterations", Assert.Throws<ArgumentOutOfRangeException>(() => new HessianEigenvectorNoise(Fixed, powerIterations: 0)).ParamName);
        Assert.Equal("context", Assert.Throws<ArgumentException>(() => new HessianEigenvectorNoise(Fixed, powerIterations: 5).Prepare(Context()).Sampler).ParamName);
        Assert.Equal("batches", Assert.Throws<ArgumentOutOfRangeException>(() => CovarianceEstimator.Minibatch(4, 1)).ParamName);
        Assert.Equal("objective", Assert.Throws<ArgumentException>(() => new HessianNoise(1, Fixed).Prepare(Context(new GradientOnly(Objective))).Sampler).ParamName);

        // One example: every gradient equals the mean, so C = 0 and no structure can be scaled to T > 0.
        var single = new NoiseContext(new LeastSquares(1, 4, 2), Theta, 0.1, 3, new RandomStream(1));
        var zero = Assert.Throws<InvalidOperationException>(() => new LeadingNoise(CovarianceEstimator.PerExample, 2, Fixed).Prepare(single).Sampler);
        Assert.Contains("GLD leading at step 3", zero.Message);
        Assert.Throws<InvalidOperationException>(() => new DiagonalNoise(CovarianceEstimator.PerExample, Fixed).Prepare(single).Sampler);

        // An indefinite Hessian has no covariance as its top-2 part: eigenvalues 3 and −1.
        var indefinite = new Quadratic(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 1 } }));
        var context = new NoiseContext(indefinite, [0, 0], 0.1, 7, new RandomStream(1));
        var e = Assert.Throws<InvalidOperationException>(() => new HessianNoise(2, Fixed).Prepare(context).Sampler);
        Assert.Contains("step 7", e.Message);
        Assert.Contains("positive semi-definite", e.Message);
        Assert.Equal(Target, new HessianNoise(1, Fixed).Prepare(context).Sampler.Trace, 1e-12);
    }
}
