using AnisotropicNoise.Experiments.NoiseStatistics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Experiments;

[Trait(TestCategory.Name, TestCategory.Experiments)]
public class NoiseStatisticsTests
{
    /// <summary>ℓ_i(θ) = ½‖θ‖² + ξ_iᵀθ: per-example gradients θ + ξ_i, Hessian I; the ξ_i are fixed draws.</summary>
    private sealed class ShiftedQuadratic(double[] shifts, int dimension) : IFiniteSumObjective, IHessianVectorProduct
    {
        public int Dimension => dimension;
        public int Count => shifts.Length / dimension;
        public double Loss(ReadOnlySpan<double> theta) => throw new NotSupportedException();
        public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) => BatchGradient(theta, Enumerable.Range(0, Count).ToArray(), gradient);

        public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
        {
            theta.CopyTo(gradient);
            foreach (int i in indices)
                for (int c = 0; c < dimension; c++) gradient[c] += shifts[i * dimension + c] / indices.Length;
            return 0;
        }

        public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
        {
            for (int r = 0; r < indices.Length; r++) BatchGradient(theta, indices.Slice(r, 1), gradients.Slice(r * dimension, dimension));
        }

        public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product) => v.CopyTo(product);
    }

    private static ShiftedQuadratic Objective(Func<RandomStream, double> draw, int examples = 20_000, int dimension = 4)
    {
        var random = new RandomStream(31);
        var shifts = new double[examples * dimension];
        for (int i = 0; i < shifts.Length; i++) shifts[i] = draw(random);
        return new ShiftedQuadratic(shifts, dimension);
    }

    private static readonly NoiseStatisticsSettings Settings = new() { BatchSizes = [1], Minibatches = 4000, EigenDirections = 2, RandomDirections = 2, LanczosBudget = null, BootstrapResamples = 50 };

    [Fact]
    public void HeavyTailedExampleGradientsGiveTheirIndexPooledPerCoordinateAndAlongEveryDirection()
    {
        var stable = new SymmetricStable(1.5);
        var point = NoiseStatistics.Measure(Objective(stable.Next), [0.3, -0.2, 0.1, 0.5], Settings, iteration: 7);
        Assert.Equal(7, point.Iteration);
        var rows = point.Statistics;
        var tails = rows.Where(r => r.Measure == "tail_index").ToArray();
        Assert.Equal(2 + 2 + 2, tails.Length); // pooled, coordinate median, 2 eigenvectors, 2 random
        Assert.All(tails, r => Assert.InRange(r.Value, 1.3, 1.7));
        Assert.All(rows.Where(r => r.Measure == "jarque_bera_p"), r => Assert.True(r.Value < 1e-6, $"{r.Direction}: p = {r.Value}"));
        // QQ: 21 points per direction (4 directions). Heavy tails stretch the extremes against the body: the spread
        // from the 0.1% to the 99.9% point over the spread from 30% to 70%, free of the standardisation, is 5.9 for a
        // Gaussian and several times more here.
        Assert.Equal(4 * 21, point.Quantiles.Count);
        Assert.All(point.Quantiles.GroupBy(q => q.Direction), d =>
        {
            double At(double p, bool normal = false) => d.Single(q => q.Probability == p) is var q && normal ? q.Normal : q.Sample;
            double Stretch(bool normal) => (At(0.999, normal) - At(0.001, normal)) / (At(0.7, normal) - At(0.3, normal));
            Assert.InRange(Stretch(normal: true), 5.5, 6.3);
            Assert.True(Stretch(normal: false) > 2 * Stretch(normal: true), $"{d.Key}: stretch {Stretch(false):F1} vs normal {Stretch(true):F1}");
        });
    }

    [Fact]
    public void GaussianExampleGradientsGiveIndexTwoAndTheClosedFormNoiseScales()
    {
        // ξ ~ N(0, I): per-example Σ ≈ I, H = I, G = θ + mean ξ ≈ θ: B_simple ≈ B_noise ≈ D / ‖θ‖² = 4 / 0.39.
        double[] theta = [0.3, -0.2, 0.1, 0.5];
        var point = NoiseStatistics.Measure(Objective(r => r.NextGaussian()), theta, Settings with { NoiseScaleMinibatches = 4000 });
        var rows = point.Statistics;
        Assert.All(point.Quantiles, q => Assert.InRange(q.Sample - q.Normal, -0.25, 0.25)); // Gaussian: on the diagonal
        Assert.InRange(rows.Single(r => r.Direction == "pooled").Value, 1.85, 2.15);
        double expected = 4 / theta.Sum(x => x * x);
        foreach (string measure in new[] { "b_simple", "b_noise" })
        {
            var row = rows.Single(r => r.Measure == measure);
            Assert.True(row.Low <= expected * 1.05 && expected * 0.95 <= row.High, $"{measure}: {row.Value:G4} [{row.Low:G4}, {row.High:G4}], closed form {expected:G4}");
        }
        Assert.Equal("iteration,batch_size,measure,direction,value,ci_low,ci_high", NoiseStatisticsTable.Of([point]).ToCsv().Split('\n')[0]);
    }

    [Fact]
    public void ABatchLargerThanTheDataIsNamed()
    {
        var objective = Objective(r => r.NextGaussian(), examples: 50);
        Assert.Equal("BatchSizes", Assert.Throws<ArgumentOutOfRangeException>(() => NoiseStatistics.Measure(objective, new double[4], Settings with { BatchSizes = [60] })).ParamName);
    }

    [Fact]
    public void TheSavedRunAlongSgdHasEveryPointAndTheReadmeQuotesItsNumbers()
    {
        string root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string folder = Path.Combine(root, "results", "noise-statistics");
        var points = NoiseStatisticsTable.Load(Path.Combine(folder, "along-sgd.csv"), Path.Combine(folder, "along-sgd-qq.csv"));
        Assert.Equal([0, 500, 1000, 2000], points.Select(p => p.Iteration));
        // Per point: 3 batch sizes × (pooled, coordinate median, 6 directions × (tail, Jarque–Bera), B_simple, B_noise); 21 QQ points per direction.
        Assert.All(points, p => Assert.Equal(3 * 16, p.Statistics.Count));
        Assert.All(points, p => Assert.Equal(3 * 6 * 21, p.Quantiles.Count));

        string readme = File.ReadAllText(Path.Combine(root, "docs", "results.md"));
        NoiseStatistic At(int iteration, int m, string measure, string direction) =>
            points.Single(p => p.Iteration == iteration).Statistics.Single(r => r.BatchSize == m && r.Measure == measure && r.Direction.StartsWith(direction, StringComparison.Ordinal));
        string Interval(NoiseStatistic r, string format) => string.Format(System.Globalization.CultureInfo.InvariantCulture, $"{{0:{format}}} [{{1:{format}}}, {{2:{format}}}]", r.Value, r.Low, r.High);
        Assert.Contains($"at m = 20: {Interval(At(0, 20, "tail_index", "eigvec 1"), "F2")} at the sharp minimum", readme);
        Assert.Contains($"({Interval(At(0, 1, "tail_index", "eigvec 1"), "F2")})", readme);
        Assert.Contains($"B_simple {Interval(At(0, 20, "b_simple", "-"), "F0")}, B_noise {Interval(At(0, 20, "b_noise", "-"), "F0")} (m = 20)", readme);
        var pooled = points.SelectMany(p => p.Statistics).Where(r => r.Direction == "pooled").Select(r => r.Value).ToArray();
        Assert.Contains(FormattableString.Invariant($"α̂ = {pooled.Min():F2}–{pooled.Max():F2} at every point"), readme);
        // The claim in words: along the top eigenvector at m = 20 every interval comes within 0.2 of 2.
        Assert.All(points, p => Assert.True(At(p.Iteration, 20, "tail_index", "eigvec 1") is var r && r.Low <= 2.2 && r.High >= 1.8, $"iteration {p.Iteration}"));
    }
}
