using AnisotropicNoise.Data;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>The committed run of the <see cref="RegularizationSettings.Cpu"/> preset in double precision, which notebook 07 and the README quote.</summary>
public class RegularizationCpuRunTests
{
    private static readonly RegularizationSettings SavedSettings = RegularizationSettings.Cpu with { Precision = AnisotropicNoise.Networks.NetworkPrecision.Double };

    private static readonly string Root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);

    private static RegularizationTable Saved() => RegularizationTable.Load(Path.Combine(Root, "results", "07-regularization", "regularization.csv"));

    [Fact]
    public void TheSavedRunHasEveryDynamicAndSeedOfTheCpuPresetOnRealFashionMnist()
    {
        var cpu = SavedSettings;
        var table = Saved();
        Assert.False(table.IsStandIn);
        Assert.StartsWith("FashionMNIST", table.DataDescription);
        Assert.Equal(cpu.Dynamics.Select(d => d.DisplayName()), table.Dynamics);
        int[] iterations = [.. Enumerable.Range(0, cpu.Iterations / cpu.RecordEvery + 1).Select(k => k * cpu.RecordEvery)];
        foreach (string dynamic in table.Dynamics)
            foreach (int seed in cpu.Seeds)
                Assert.Equal(iterations, table.Rows.Where(r => r.Dynamic == dynamic && r.Seed == seed).Select(r => r.Iteration));
        string text = File.ReadAllText(Path.Combine(Root, "results", "07-regularization", "regularization.csv"));
        Assert.Contains("# " + new RegularizationResult(cpu, table).ScaleSummary + "\n", text);
        foreach (var d in cpu.Departures()) Assert.Contains($"# departure: {d.Setting} = {d.Here}; scripts: {d.Scripts}\n", text);
    }

    [Fact]
    public void TheNotebookAndTheReadmeShowTheSavedRunsNumbers()
    {
        var table = Saved();
        string notebook = File.ReadAllText(Path.Combine(Root, "notebooks", "07-regularization.ipynb"));
        foreach (var summary in new[] { RegularizationSummary.Table(table), RegularizationSummary.AgainstSgd(table) })
            foreach (var row in summary.Rows)
                foreach (var cell in row)
                    Assert.Contains(System.Net.WebUtility.HtmlEncode(cell.Text), notebook); // as the saved HTML table shows it
        string readme = File.ReadAllText(Path.Combine(Root, "docs", "results.md"));
        foreach (string dynamic in table.Dynamics)
        {
            var finals = table.Finals(dynamic);
            var accuracy = AcrossSeeds.Of(0, [.. finals.Select(r => 100 * r.TestAccuracy)]);
            Assert.Contains(FormattableString.Invariant($"{dynamic} {accuracy.Mean:F1} ± {accuracy.StandardDeviation:F1} %"), readme);
        }
    }

    [SkippableFact]
    public async Task TheSavedRunIsWhatTheCodeComputesItsFirstStretchBitForBit()
    {
        // SGD's first 250 iterations of seed 1 (seconds): the same stream, stretch and sharpness draws as in the hour-long run.
        var saved = Saved().Rows.Where(r => r.Dynamic == "SGD" && r.Seed == 1 && r.Iteration <= 250).ToArray();
        var settings = SavedSettings with { Dynamics = [PaperDynamic.Sgd], Seeds = [1], Iterations = 250, SgdIterations = 250 };
        RegularizationData data;
        try
        {
            data = await RegularizationData.FashionMnistAsync(settings);
        }
        catch (DatasetUnavailableException e)
        {
            throw new SkipTestException($"real FashionMNIST cannot be had here: {e.Message}");
        }
        var rows = Regularization.Run(settings, data).Table.Rows;
        Assert.Equal(saved, rows);
    }
}
