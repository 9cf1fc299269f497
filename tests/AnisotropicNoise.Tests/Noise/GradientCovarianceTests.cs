using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Noise;

public class GradientCovarianceTests
{
    private static readonly LeastSquares Objective = new(5, 3, 7);
    private static readonly double[] Theta = [0.3, -0.1, 0.2];

    private static Vector<double> BatchGradient(int[] batch)
    {
        var g = new double[Objective.Dimension];
        Objective.BatchGradient(Theta, batch, g);
        return Vector<double>.Build.DenseOfArray(g);
    }

    // The exact covariance of the minibatch gradient over equally likely batches.
    private static Matrix<double> CovarianceOver(IReadOnlyList<int[]> batches)
    {
        var gradients = batches.Select(BatchGradient).ToList();
        var mean = gradients.Aggregate((a, b) => a + b) / gradients.Count;
        return gradients.Select(g => (g - mean).OuterProduct(g - mean)).Aggregate((a, b) => a + b) / gradients.Count;
    }

    private static IEnumerable<int[]> Subsets(int n, int m) =>
        m == 0 ? [[]] : Enumerable.Range(0, n).SelectMany(first => Subsets(n, m - 1).Where(rest => rest.All(r => r > first)).Select(rest => rest.Prepend(first).ToArray()));

    private static IEnumerable<int[]> Tuples(int n, int m) =>
        m == 0 ? [[]] : Enumerable.Range(0, n).SelectMany(first => Tuples(n, m - 1).Select(rest => rest.Prepend(first).ToArray()));

    private static void AssertClose(Matrix<double> expected, Matrix<double> actual, double relative)
    {
        double error = (expected - actual).FrobeniusNorm();
        Assert.True(error <= relative * expected.FrobeniusNorm(), $"‖Δ‖ = {error}, ‖expected‖ = {expected.FrobeniusNorm()}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ExactWithoutReplacementIsTheCovarianceOverAllSubsets(int m) =>
        AssertClose(CovarianceOver(Subsets(5, m).ToList()), GradientCovariance.Exact(Objective, Theta, m, withReplacement: false).ToMatrix(), 1e-12);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ExactWithReplacementIsTheCovarianceOverAllOrderedDraws(int m) =>
        AssertClose(CovarianceOver(Tuples(5, m).ToList()), GradientCovariance.Exact(Objective, Theta, m, withReplacement: true).ToMatrix(), 1e-12);

    [Fact]
    public void PerExampleIsTheExampleCovarianceDividedByN()
    {
        var perExample = CovarianceOver(Tuples(5, 1).ToList()) / 5;
        AssertClose(perExample, GradientCovariance.PerExample(Objective, Theta).ToMatrix(), 1e-12);
    }

    [Fact]
    public void MinibatchEstimatorIsUnbiased()
    {
        // E Σ̂ = Σ_sgd (without replacement) for the divisor B − 1; averaged over 4,000 estimates of B = 5.
        var random = new RandomStream(3);
        var sum = Matrix<double>.Build.Dense(3, 3);
        const int estimates = 4000;
        for (int i = 0; i < estimates; i++)
            sum += GradientCovariance.Minibatch(Objective, Theta, 2, 5, random).ToMatrix();
        var exact = GradientCovariance.Exact(Objective, Theta, 2, withReplacement: false).ToMatrix();
        AssertClose(exact, sum / estimates, 0.03);
    }

    [Fact]
    public void ShuffledPassHasMeanBOverBMinusOneTimesSigma()
    {
        // The B minibatches of one pass partition the data, so their mean is ∇L exactly and
        // E Σ̂ = B/(B − 1) · Σ_sgd(without replacement). N = 6, m = 2, B = 3.
        var objective = new LeastSquares(6, 2, 4);
        double[] theta = [0.5, -0.5];
        var random = new RandomStream(8);
        var sum = Matrix<double>.Build.Dense(2, 2);
        const int estimates = 6000;
        for (int i = 0; i < estimates; i++)
        {
            var pass = GradientCovariance.ShuffledPass(objective, theta, 2, random);
            Assert.Equal(3, pass.Rank);
            sum += pass.ToMatrix();
        }
        var exact = GradientCovariance.Exact(objective, theta, 2, withReplacement: false).ToMatrix();
        AssertClose(exact * 1.5, sum / estimates, 0.03);
    }

    [Fact]
    public void EstimatorsRejectBadInput()
    {
        var random = new RandomStream(1);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => GradientCovariance.Exact(Objective, Theta, 6, false)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => GradientCovariance.Exact(Objective, Theta, 0, true)).ParamName);
        Assert.Equal("batches", Assert.Throws<ArgumentOutOfRangeException>(() => GradientCovariance.Minibatch(Objective, Theta, 2, 1, random)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => GradientCovariance.ShuffledPass(Objective, Theta, 3, random)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => GradientCovariance.PerExample(Objective, [1, 2])).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => GradientCovariance.Exact(Objective, [1, 2], 2, true)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => GradientCovariance.Minibatch(Objective, [1, 2], 2, 3, random)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => GradientCovariance.ShuffledPass(Objective, [1, 2], 2, random)).ParamName);
        var context = new NoiseContext(new GradientOnly(Objective), Theta, 0.1, 0, random);
        Assert.Equal("context", Assert.Throws<ArgumentException>(() => CovarianceEstimator.PerExample.Estimate(context)).ParamName);
    }
}
