using AnisotropicNoise.Curvature;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;
using Xunit.Abstractions;

namespace AnisotropicNoise.Tests.Noise;

/// <summary>GLD 1st eigvec(H) started from the previous refresh's eigenvector agrees with the paper's cold 30 products, for fewer products.</summary>
public class WarmEigenvectorNoiseTests(ITestOutputHelper output)
{
    private static readonly NoiseMagnitude Fixed = NoiseMagnitude.FixedTrace(0.01);

    private static EigenpairSampler Prepare(INoise noise, IObjective objective, double[] theta, int step, INoiseSampler? previous = null) =>
        (EigenpairSampler)noise.Prepare(new NoiseContext(objective, theta, 0.1, step, new RandomStream(100 + step), previous)).Sampler;

    [Fact]
    public void OnAQuadraticTheWarmRefreshEqualsTheColdOneForOneProduct()
    {
        // Known only by products, a constant Hessian: an outlier ≈ 10 over a bulk ≤ 0.1.
        var quadratic = LowRankPlusDiagonalQuadratic.Random(30, 1, 0.1, 10, new RandomStream(8));
        var warm = new HessianEigenvectorNoise(Fixed, powerIterations: 30, warmStart: true, tolerance: 1e-8);
        var cold = new HessianEigenvectorNoise(Fixed, powerIterations: 30);
        double[] theta = new double[30];

        var first = Prepare(warm, quadratic, theta, 0);
        var second = Prepare(warm, quadratic, theta, 1, first);
        var reference = Prepare(cold, quadratic, theta, 1);

        Assert.Equal(30, reference.Eigenpairs.Products);
        Assert.InRange(first.Eigenpairs.Products, 2, 30);
        Assert.Equal(1, second.Eigenpairs.Products);
        Assert.True(TestMatrices.RelativeError(second.Eigenpairs.Values[0], reference.Eigenpairs.Values[0]) < 1e-8);
        Assert.True(SmallCnnTrajectory.Angle(second.Eigenpairs.Vector(0), reference.Eigenpairs.Vector(0)) < 1e-6);
        Assert.Equal(0.01, second.Trace, 1e-15);
    }

    [Fact]
    public void TheRunnerHandsEachRefreshThePreviousSampler()
    {
        var counting = new CountingHessian(LowRankPlusDiagonalQuadratic.Random(30, 1, 0.1, 10, new RandomStream(8)));
        var warm = Dynamic.Langevin(new HessianEigenvectorNoise(Fixed, powerIterations: 30, warmStart: true, tolerance: 1e-3), refreshEvery: 2);
        var cold = Dynamic.Langevin(new HessianEigenvectorNoise(Fixed, powerIterations: 30), refreshEvery: 2);

        DynamicsRunner.Run(counting, new double[30], cold, new GradientStep(0.01), 10, new RandomStream(1), Recording.FinalOnly);
        Assert.Equal(5 * 30, counting.Products);
        long before = counting.Products;
        DynamicsRunner.Run(counting, new double[30], warm, new GradientStep(0.01), 10, new RandomStream(1), Recording.FinalOnly);
        // The Hessian is constant: the first refresh converges from the run's random start, the other four take one product each.
        var firstRefresh = PowerIteration.Top(new HessianOperator(counting, new double[30]), new RandomStream(1), 30, 1e-3);
        Assert.InRange(firstRefresh.Products, 2, 29);
        Assert.Equal(firstRefresh.Products + 4, counting.Products - before - firstRefresh.Products);
    }

    [Fact]
    public void APreviousSamplerWithoutEigenpairsOrOfAnotherSizeMeansAColdStart()
    {
        var quadratic = LowRankPlusDiagonalQuadratic.Random(30, 1, 0.1, 10, new RandomStream(8));
        var warm = new HessianEigenvectorNoise(Fixed, powerIterations: 30, warmStart: true, tolerance: 1e-8);
        var fresh = Prepare(warm, quadratic, new double[30], 0);
        var afterIsotropic = Prepare(warm, quadratic, new double[30], 0, new IsotropicGaussian(30, 1));
        var afterOtherSize = Prepare(warm, quadratic, new double[30], 0, Prepare(warm, LowRankPlusDiagonalQuadratic.Random(5, 1, 0.1, 10, new RandomStream(8)), new double[5], 0));
        Assert.Equal(fresh.Eigenpairs.Products, afterIsotropic.Eigenpairs.Products);
        Assert.Equal(fresh.Eigenpairs.Products, afterOtherSize.Eigenpairs.Products);
        Assert.True(fresh.Eigenpairs.Products > 1);
    }

    [Fact]
    public void TheScriptsUniformStartIsThePowerIterationFromTheRefreshsUniformDraws()
    {
        var quadratic = LowRankPlusDiagonalQuadratic.Random(30, 1, 0.1, 10, new RandomStream(8));
        var theta = new double[30];
        var op = new HessianOperator(quadratic, theta);
        var draws = new RandomStream(100);
        double[] uniform = [.. Enumerable.Range(0, 30).Select(_ => draws.NextDouble())];
        Assert.All(uniform, u => Assert.InRange(u, 0, 1));
        var expected = PowerIteration.Top(op, uniform, 30, 0);
        var cold = Prepare(new HessianEigenvectorNoise(Fixed, powerIterations: 30, start: EigenvectorStart.Uniform), quadratic, theta, 0);
        Assert.Equal(expected.Values[0], cold.Eigenpairs.Values[0]);
        Assert.Equal(expected.Vector(0), cold.Eigenpairs.Vector(0));
        // Gaussian stays the default, and its cold solve draws its start as before.
        var gaussian = Prepare(new HessianEigenvectorNoise(Fixed, powerIterations: 30), quadratic, theta, 0);
        Assert.Equal(PowerIteration.Top(op, new RandomStream(100), 30).Vector(0), gaussian.Eigenpairs.Vector(0));
        Assert.Equal(EigenvectorStart.Gaussian, new HessianEigenvectorNoise(Fixed, powerIterations: 30).Start);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => new HessianEigenvectorNoise(Fixed, start: EigenvectorStart.Uniform)).ParamName);
    }

    [Fact]
    public void WarmOptionsAreCheckedAndShown()
    {
        var noise = new HessianEigenvectorNoise(Fixed, powerIterations: 30, warmStart: true);
        Assert.True(noise.WarmStart);
        Assert.Equal(HessianEigenvectorNoise.DefaultTolerance, noise.Tolerance);
        Assert.False(new HessianEigenvectorNoise(Fixed, powerIterations: 30).WarmStart);
        Assert.Equal("warmStart", Assert.Throws<ArgumentException>(() => new HessianEigenvectorNoise(Fixed, warmStart: true)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new HessianEigenvectorNoise(Fixed, powerIterations: 30, warmStart: true, tolerance: 0)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new HessianEigenvectorNoise(Fixed, powerIterations: 30, tolerance: 1)).ParamName);
        Assert.Equal(WarmEigenSolver.PowerIteration, noise.WarmSolver);
        Assert.Equal("warmSolver", Assert.Throws<ArgumentOutOfRangeException>(() => new HessianEigenvectorNoise(Fixed, powerIterations: 30, warmStart: true, warmSolver: (WarmEigenSolver)2)).ParamName);
    }

    [Theory]
    [InlineData(WarmEigenSolver.PowerIteration)]
    [InlineData(WarmEigenSolver.Lanczos)]
    public void AlongACnnTrajectoryWarmMatchesColdForFewerProducts(WarmEigenSolver solver)
    {
        // The warm dynamic's own path (η = 10⁻³, noise of total variance 10⁻⁶ along u₁); at each refresh the
        // cold, script-faithful solve (30 products from a fresh random start) at the same point. With the
        // default tolerance τ the Rayleigh quotient is within τ|λ| of an eigenvalue, and the angle to u₁ at
        // most τ|λ|/gap ≈ τ/0.44 here (Davis–Kahan; λ₂/λ₁ ≈ 0.56): asserted within 5τ.
        var objective = SmallCnnTrajectory.Objective;
        var theta = SmallCnnTrajectory.Theta;
        var magnitude = NoiseMagnitude.FixedTrace(1e-6);
        var warm = new HessianEigenvectorNoise(magnitude, powerIterations: 30, warmStart: true, warmSolver: solver);
        var cold = new HessianEigenvectorNoise(magnitude, powerIterations: 30);
        var gradient = new double[theta.Length];
        var draw = new double[theta.Length];
        var random = new RandomStream(7);
        EigenpairSampler? previous = null;
        int warmProducts = 0, coldProducts = 0;
        const int Refreshes = 8;
        for (int t = 0; t < Refreshes; t++)
        {
            var w = Prepare(warm, objective, theta, t, previous);
            var c = Prepare(cold, objective, theta, t);
            double relative = TestMatrices.RelativeError(w.Eigenpairs.Values[0], c.Eigenpairs.Values[0]);
            double angle = SmallCnnTrajectory.Angle(w.Eigenpairs.Vector(0), c.Eigenpairs.Vector(0));
            output.WriteLine($"t = {t}: λ warm {w.Eigenpairs.Values[0]:G8} ({w.Eigenpairs.Products} products), cold {c.Eigenpairs.Values[0]:G8}; |Δλ|/|λ| {relative:G3}, angle {angle:G3}");
            Assert.True(relative <= warm.Tolerance, $"t = {t}: |Δλ|/|λ| = {relative}");
            Assert.True(angle <= 5 * warm.Tolerance, $"t = {t}: angle {angle}");
            if (t > 0) (warmProducts, coldProducts) = (warmProducts + w.Eigenpairs.Products, coldProducts + c.Eigenpairs.Products);
            previous = w;
            objective.Gradient(theta, gradient);
            w.Sample(random, draw);
            for (int i = 0; i < theta.Length; i++) theta[i] += -1e-3 * gradient[i] + draw[i];
        }
        output.WriteLine($"products per refresh after the first: warm {warmProducts / (double)(Refreshes - 1):F1}, cold {coldProducts / (double)(Refreshes - 1):F1}");
        Assert.Equal(30 * (Refreshes - 1), coldProducts);
        Assert.True(warmProducts < coldProducts / 3, $"warm {warmProducts}, cold {coldProducts}");
    }
}
