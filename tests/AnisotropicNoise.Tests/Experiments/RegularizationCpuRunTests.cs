using AnisotropicNoise.Data;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>The committed run of the <see cref="RegularizationSettings.Cpu"/> preset, which notebook 07, docs/results.md and the README quote.</summary>
public class RegularizationCpuRunTests
{
    private static readonly string Root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);

    private static readonly string Folder = Path.Combine(Root, "results", "07-regularization");

    private static RegularizationTable Saved() => RegularizationTable.Load(Path.Combine(Folder, "regularization.csv"));

    // The seeds saved so far, a leading part of the preset's.
    private static RegularizationSettings SavedSettings(RegularizationTable table) =>
        RegularizationSettings.Cpu with { Seeds = [.. table.Rows.Select(r => r.Seed).Distinct()] };

    [Fact]
    public void TheSavedRunHasEveryDynamicForEachSavedSeedOfTheCpuPresetOnRealFashionMnist()
    {
        var table = Saved();
        var cpu = SavedSettings(table);
        Assert.False(table.IsStandIn);
        Assert.StartsWith("FashionMNIST", table.DataDescription);
        Assert.Equal(RegularizationSettings.Cpu.Seeds.Take(cpu.Seeds.Count), cpu.Seeds);
        Assert.True(cpu.Seeds.Count >= 4, $"{cpu.Seeds.Count} seeds saved");
        Assert.Equal(cpu.Dynamics.Select(d => d.DisplayName()), table.Dynamics);
        int[] iterations = [.. Enumerable.Range(0, cpu.Iterations / cpu.RecordEvery + 1).Select(k => k * cpu.RecordEvery)];
        foreach (string dynamic in table.Dynamics)
            foreach (int seed in cpu.Seeds)
                Assert.Equal(iterations, table.Rows.Where(r => r.Dynamic == dynamic && r.Seed == seed).Select(r => r.Iteration));
        string text = File.ReadAllText(Path.Combine(Folder, "regularization.csv"));
        Assert.Contains("# " + new RegularizationResult(cpu, table).ScaleSummary + "\n", text);
        foreach (var d in cpu.Departures()) Assert.Contains($"# departure: {d.Setting} = {d.Here}; scripts: {d.Scripts}\n", text);
    }

    /// <summary>The rows of the saved comparisons' CSV (the table's own text, read back).</summary>
    internal static int AgainstSgdRows(string path) => File.ReadAllLines(path).Length - 1;

    [Fact]
    public void TheSavedComparisonsAreWhatTheSavedRunGives()
    {
        Assert.Equal(RegularizationSummary.AgainstSgd(Saved()).ToCsv(), File.ReadAllText(Path.Combine(Folder, "regularization-against-sgd.csv")));
    }

    [Fact]
    public void TheNotebookShowsTheSavedRunsNumbers()
    {
        var table = Saved();
        string notebook = File.ReadAllText(Path.Combine(Root, "notebooks", "07-regularization.ipynb"));
        foreach (var summary in new[] { RegularizationSummary.Table(table), RegularizationSummary.AgainstSgd(table) })
            foreach (var row in summary.Rows)
                foreach (var cell in row)
                    Assert.Contains(System.Net.WebUtility.HtmlEncode(cell.Text), notebook); // as the saved HTML table shows it
    }

    // The README's signs: a minus sign, and a plus on positive differences.
    private static string Signed(double x) => (x >= 0 ? "+" : "−") + Math.Abs(x).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

    private static string Plain(double x) => x.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void TheReadmeAndResultsStateTheSavedComparisonsWithTheirIntervals()
    {
        var table = Saved();
        var comparisons = RegularizationSummary.AgainstSgd(table);
        string[] Row(string dynamic, string measure) => [.. comparisons.Rows.Single(r => r[0].Text == dynamic && r[1].Text == measure).Select(c => c.Csv)];
        double Value(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        string results = File.ReadAllText(Path.Combine(Root, "docs", "results.md"));
        Assert.Contains($"{SavedSettings(table).Seeds.Count} of {RegularizationSettings.Cpu.Seeds.Count} seeds", readme);
        foreach (var (dynamic, prefix, verdict) in new[]
        {
            ("GD", "SGD − GD final test accuracy ", "holds"), ("GLD const", "SGD − GLD const ", "holds"),
            ("GLD dynamic", "SGD − GLD dynamic ", "holds"), ("GLD diag", "SGD − GLD diag ", "undecided"),
        })
        {
            var r = Row(dynamic, "final test acc.");
            Assert.Equal(verdict, r[7]);
            Assert.Contains($"{prefix}{Signed(Value(r[4]))}{(dynamic == "GD" ? " points, 95 % interval" : "")} [{Signed(Value(r[5]))}, {Signed(Value(r[6]))}]", readme);
            Assert.Contains($"{dynamic} {Signed(Value(r[4]))} [{Signed(Value(r[5]))}, {Signed(Value(r[6]))}]", results);
        }
        // Flattest: every curvature ratio's interval above 1.
        var lambda = table.Dynamics.Where(d => d != "SGD").Select(d => Row(d, "final λ₁")).ToArray();
        Assert.All(lambda, r => Assert.Equal("holds", r[7]));
        double[] ratios = [.. lambda.Select(r => Value(r[4]))];
        Assert.Contains(FormattableString.Invariant($"final λ₁ {ratios.Min():F1}–{ratios.Max():F1} times SGD's"), readme);
        foreach (var r in lambda) Assert.Contains($"{r[0]} {Plain(Value(r[4]))} [{Plain(Value(r[5]))}, {Plain(Value(r[6]))}]", results);
    }

    [SkippableFact]
    public async Task TheSavedRunIsWhatTheCodeComputesItsFirstStretchBitForBit()
    {
        // SGD's first 500 iterations of seed 1 (seconds): the same stream, stretch and measurements as in the long run.
        var saved = Saved().Rows.Where(r => r.Dynamic == "SGD" && r.Seed == 1 && r.Iteration <= 500).ToArray();
        var settings = RegularizationSettings.Cpu with { Dynamics = [PaperDynamic.Sgd], Seeds = [1], Iterations = 500, SgdIterations = 500 };
        RegularizationData data;
        try
        {
            data = await RegularizationData.FashionMnistAsync(settings);
        }
        catch (DatasetUnavailableException e)
        {
            throw new SkipTestException($"real FashionMNIST cannot be had here: {e.Message}");
        }
        Assert.Equal(saved, Regularization.Run(settings, data).Table.Rows);
    }
}
