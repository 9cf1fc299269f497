using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Landscapes;

public class TwoWellLandscapeTests
{
    private static readonly TwoWellLandscape Landscape = TwoWellLandscape.Generate(100, new RandomStream(5));

    // Points inside the sharp basin, inside the flat one, and between (examples split between wells).
    public static TheoryData<double, double> Points => new() { { 1.0, 1.0 }, { 1.05, 0.93 }, { -1.0, -1.0 }, { -0.7, -1.2 }, { 0.3, 0.3 }, { 2.0, -1.5 } };

    [Theory]
    [MemberData(nameof(Points))]
    public void GradientMatchesFiniteDifferences(double w0, double w1)
    {
        double[] w = [w0, w1];
        var gradient = new double[2];
        double loss = Landscape.Gradient(w, gradient);
        Assert.Equal(Landscape.Loss(w), loss, 1e-12);
        var numeric = FiniteDifference.Gradient(x => Landscape.Loss(x), w);
        for (int i = 0; i < 2; i++) Assert.Equal(numeric[i], gradient[i], 1e-5 * Math.Max(1, Math.Abs(numeric[i])));
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void ExampleGradientsMatchFiniteDifferencesAndAverageToTheGradient(double w0, double w1)
    {
        double[] w = [w0, w1];
        var indices = Enumerable.Range(0, Landscape.Count).ToArray();
        var rows = new double[2 * Landscape.Count];
        Landscape.ExampleGradients(w, indices, rows);
        foreach (int i in new[] { 0, 17, 99 })
        {
            var numeric = FiniteDifference.Gradient(x => Landscape.ExampleLoss(x, i), w);
            Assert.Equal(numeric[0], rows[2 * i], 1e-5 * Math.Max(1, Math.Abs(numeric[0])));
            Assert.Equal(numeric[1], rows[2 * i + 1], 1e-5 * Math.Max(1, Math.Abs(numeric[1])));
        }
        var full = new double[2];
        Landscape.Gradient(w, full);
        Assert.Equal(full[0], Enumerable.Range(0, Landscape.Count).Average(i => rows[2 * i]), 1e-12);
        Assert.Equal(full[1], Enumerable.Range(0, Landscape.Count).Average(i => rows[2 * i + 1]), 1e-12);
    }

    [Fact]
    public void BatchGradientIsTheMeanOverTheBatchWithRepeats()
    {
        double[] w = [0.9, 1.1];
        int[] batch = [3, 3, 40];
        var rows = new double[6];
        Landscape.ExampleGradients(w, batch, rows);
        var gradient = new double[2];
        double loss = Landscape.BatchGradient(w, batch, gradient);
        Assert.Equal((rows[0] + rows[2] + rows[4]) / 3, gradient[0], 1e-12);
        Assert.Equal((rows[1] + rows[3] + rows[5]) / 3, gradient[1], 1e-12);
        Assert.Equal((2 * Landscape.ExampleLoss(w, 3) + Landscape.ExampleLoss(w, 40)) / 3, loss, 1e-12);
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void HessianMatchesFiniteDifferencesOfTheGradient(double w0, double w1)
    {
        double[] w = [w0, w1];
        var hessian = Landscape.Hessian(w);
        for (int j = 0; j < 2; j++)
        {
            var column = FiniteDifference.Gradient(x =>
            {
                var g = new double[2];
                Landscape.Gradient(x, g);
                return g[j];
            }, w, 1e-7);
            for (int i = 0; i < 2; i++) Assert.Equal(column[i], hessian[i, j], 1e-4 * Math.Max(1, Math.Abs(column[i])));
        }
        var (h00, h01, h11) = Landscape.HessianEntries(w);
        Assert.Equal([h00, h01, h01, h11], hessian.ToColumnMajorArray());
    }

    [Fact]
    public void WellsHaveThePapersCurvatures()
    {
        var sharp = SymmetricEigen.Decompose(Landscape.Hessian([1, 1]), "H").Values;
        Assert.Equal(200, sharp[0], 1e-9);
        Assert.Equal(20, sharp[1], 1e-9);
        var flat = SymmetricEigen.Decompose(Landscape.Hessian([-1, -1]), "H").Values;
        Assert.Equal(2, flat[0], 1e-12);
        Assert.Equal(2, flat[1], 1e-12);
    }

    [Fact]
    public void OneExampleAtTheOriginHasMinimaAtBothWellCentres()
    {
        var single = new TwoWellLandscape([0, 0]);
        Assert.Equal(0, single.Loss([1, 1]));
        Assert.Equal(0, single.Loss([-1, -1]));
        // w = (0.5, 0): sharp 10·(c·0.5)² + 100·(c·1.5)² = 113.75, flat 1.5² + 1² = 3.25.
        Assert.Equal(3.25, single.Loss([0.5, 0]), 1e-12);
        // w = (1.2, 0.9): sharp 10·(c·0.3)² + 100·(c·0.1)² = 0.95, flat 2.2² + 1.9² = 8.45.
        Assert.Equal(0.95, single.Loss([1.2, 0.9]), 1e-12);
    }

    [Fact]
    public void GeneratedDataHaveThePapersCovariance()
    {
        // x = (z ⊙ (√10, 1)) K · 10⁻²: variance 10·10⁻⁴ along (1, −1)/√2 and 10⁻⁴ along (1, 1)/√2.
        var data = TwoWellLandscape.Generate(200_000, new RandomStream(9)).Data;
        int n = data.Length / 2;
        double s00 = 0, s01 = 0, s11 = 0;
        for (int i = 0; i < n; i++)
        {
            s00 += data[2 * i] * data[2 * i];
            s01 += data[2 * i] * data[2 * i + 1];
            s11 += data[2 * i + 1] * data[2 * i + 1];
        }
        // Expected: K ᵀ diag(10, 1) K · 10⁻⁴ = [[5.5, −4.5], [−4.5, 5.5]] · 10⁻⁴; standard errors ≈ 1.7·10⁻⁶.
        Assert.Equal(5.5e-4, s00 / n, 1e-5);
        Assert.Equal(-4.5e-4, s01 / n, 1e-5);
        Assert.Equal(5.5e-4, s11 / n, 1e-5);
    }

    [Fact]
    public void RejectsBadInput()
    {
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new TwoWellLandscape([1, 2, 3])).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new TwoWellLandscape([1, double.NaN])).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => TwoWellLandscape.Generate(0, new RandomStream(1))).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => Landscape.Loss([1, 2, 3])).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => Landscape.BatchGradient([1, 1], [100], new double[2])).ParamName);
    }
}
