using System.Globalization;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>
/// What notebook 09 and docs/results.md say of the saved noise statistics along SGD's run
/// (<c>results/noise-statistics/along-sgd.csv</c>), checked against the CSV: where Jarque–Bera rejects at m = 100, and
/// where the noise scales' intervals from the three batch sizes overlap.
/// </summary>
public sealed class NoiseStatisticsStatementsTests
{
    private static readonly string Root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);

    private sealed record Row(int Iteration, int BatchSize, string Measure, string Direction, double Value, double Low, double High);

    private static List<Row> Rows() =>
    [
        .. File.ReadLines(Path.Combine(Root, "results", "noise-statistics", "along-sgd.csv"))
            .Where(line => !line.StartsWith('#')).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new Row(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3],
                double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture))),
    ];

    // The notebook's prose, its lines joined by spaces.
    private static string Notebook09()
    {
        using var notebook = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "notebooks", "09-noise-statistics.ipynb")));
        return string.Join(" ", notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "markdown")
            .SelectMany(c => c.GetProperty("source").EnumerateArray().Select(line => line.GetString()!.TrimEnd('\n'))));
    }

    [Fact]
    public void Jarque_bera_at_batch_100_rejects_at_the_sharp_minimum_and_at_2000_only()
    {
        var p = Rows().Where(r => r.Measure == "jarque_bera_p" && r.BatchSize == 100 && r.Direction.StartsWith("eigvec 1", StringComparison.Ordinal))
            .ToDictionary(r => r.Iteration, r => r.Value);
        Assert.Equal([true, false, false, true], new[] { 0, 500, 1000, 2000 }.Select(i => p[i] < 0.05));
        Assert.Equal("0.019", p[2000].ToString("F3", CultureInfo.InvariantCulture));
        Assert.Contains("and again at iteration 2,000 (p = 0.019), but not at iterations 500 and 1,000 (p = 0.38 and 0.09)", Notebook09());
        Assert.Contains("at m = 100 at the sharp minimum (p = 2·10⁻¹²) and at iteration 2,000 (p = 0.019), not at 500 and 1,000 (p = 0.38, 0.09)",
            File.ReadAllText(Path.Combine(Root, "docs", "results.md")));
    }

    [Fact]
    public void The_noise_scales_intervals_overlap_across_batch_sizes_except_where_the_notebook_says()
    {
        var rows = Rows();
        bool Overlap(int iteration, string measure, int m1, int m2)
        {
            var a = rows.Single(r => r.Iteration == iteration && r.Measure == measure && r.BatchSize == m1);
            var b = rows.Single(r => r.Iteration == iteration && r.Measure == measure && r.BatchSize == m2);
            return a.Low <= b.High && b.Low <= a.High;
        }
        var apart = new HashSet<(int, string, int, int)> { (0, "b_simple", 1, 20), (0, "b_simple", 1, 100), (0, "b_noise", 1, 20), (0, "b_noise", 1, 100), (1000, "b_simple", 20, 100) };
        foreach (int iteration in new[] { 0, 500, 1000, 2000 })
            foreach (string measure in new[] { "b_simple", "b_noise" })
                foreach (var (m1, m2) in new[] { (1, 20), (1, 100), (20, 100) })
                    Assert.True(Overlap(iteration, measure, m1, m2) != apart.Contains((iteration, measure, m1, m2)), $"{measure} at {iteration}, m = {m1} vs {m2}");
        Assert.Contains("are apart; at iterations 500 and 2,000 all three overlap.", Notebook09());
        var simple1000 = rows.Where(r => r.Iteration == 1000 && r.Measure == "b_simple" && r.BatchSize >= 20).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value:F1} [{r.Low:F1}, {r.High:F1}]"));
        Assert.All(simple1000, quoted => Assert.Contains(quoted, Notebook09()));
    }
}
