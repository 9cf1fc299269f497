using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Experiments.Conditions;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Experiments.NoiseStatistics;
using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Experiments.Seeds;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>The committed results: every CSV loads with its table, from real data, and none names a path of the machine that made it.</summary>
public sealed class SavedResultsTests
{
    private static readonly string Root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);

    public static TheoryData<string> Csvs() => [.. Directory.GetFiles(Path.Combine(Root, "results"), "*.csv", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Csvs))]
    public void Loads_with_its_table_from_real_data_and_names_no_path_of_this_machine(string csv)
    {
        string path = Path.Combine(Root, csv);
        string folder = Path.GetFileName(Path.GetDirectoryName(path))!;
        string file = Path.GetFileName(path);
        int rows = (folder, file) switch
        {
            ("06-fashion-mnist", "conditions-density.csv") => RealData(path, DensityRow.Load(path).Count),
            ("06-fashion-mnist", _) when file.StartsWith("conditions", StringComparison.Ordinal) => RealData(path, ConditionsRow.Load(path).Count),
            ("06-fashion-mnist", "fashion-mnist-starts.csv" or "fashion-mnist-against-gd-every-start.csv" or "fashion-mnist-against-gld-dynamic-every-start.csv") => Fig3RunsTests.AcrossStartsRows(path),
            ("06-fashion-mnist", _) => Real(FashionMnistTable.Load(path)).Rows.Count,
            ("07-regularization", "regularization-against-sgd.csv") => RegularizationCpuRunTests.AgainstSgdRows(path),
            ("07-regularization", _) => Real(RegularizationTable.Load(path)).Rows.Count,
            ("noise-statistics", _) when !csv.EndsWith("-qq.csv", StringComparison.Ordinal) =>
                NoiseStatisticsTable.Load(path, Path.ChangeExtension(path, null) + "-qq.csv").Count,
            ("noise-statistics", _) => 1, // loaded with its summaries above
            ("08-escape-times", _) => EscapeScalingRunTests.Rows(path).Count,
            _ => throw new InvalidOperationException($"{csv}: no loader for results/{folder}; add one here."),
        };
        Assert.True(rows > 0, $"{csv}: no rows");
        // Written again from the rows it loads, by the columns declared today, the table is the file's own text.
        static string Body(string text) => string.Concat(text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l + "\n"));
        string table = Body(File.ReadAllText(path));
        if (file == "conditions-density.csv") Assert.Equal(table, DensityRow.Format(DensityRow.Load(path)));
        else if (file.StartsWith("conditions", StringComparison.Ordinal)) Assert.Equal(table, ConditionsRow.Format(ConditionsRow.Load(path)));
        else if (folder == "06-fashion-mnist" && !file.StartsWith("fashion-mnist-", StringComparison.Ordinal)) Assert.Equal(table, Body(FashionMnistTable.Load(path).ToCsv()));
        if (folder == "07-regularization" && file == "regularization.csv") Assert.Equal(table, RegularizationRow.Format(RegularizationTable.Load(path).Rows));
        string text = File.ReadAllText(path);
        foreach (string machinePath in new[] { "/root/", "/home/", "/tmp/", Path.GetTempPath(), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + "/" })
            Assert.DoesNotContain(machinePath, text);
    }

    private static int RealData(string path, int rows)
    {
        Assert.False(DataCsv.IsStandIn(DataCsv.DataDescription(File.ReadAllText(path))), "a committed result from the synthetic stand-in");
        return rows;
    }

    private static T Real<T>(T table) where T : notnull
    {
        bool standIn = table switch { FashionMnistTable f => f.IsStandIn, RegularizationTable r => r.IsStandIn, _ => true };
        Assert.False(standIn, "a committed result from the synthetic stand-in");
        return table;
    }
}
