using System.Globalization;
using AnisotropicNoise.Cli.Notebooks;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>The committed run of <c>escape-scaling</c>: the README rows, docs/results.md and notebook 08 state its numbers.</summary>
public class EscapeScalingRunTests
{
    private static readonly string Root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);

    private static readonly string Folder = Path.Combine(Root, "results", "08-escape-times");

    /// <summary>The rows of a saved CSV as column → text, checked to be the table the command writes (every cell a number or a name).</summary>
    internal static IReadOnlyList<Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#').ToArray();
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l =>
        {
            var cells = l.Split(',');
            Assert.Equal(header.Length, cells.Length);
            return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        })];
    }

    private static double D(Dictionary<string, string> row, string column) => double.Parse(row[column], CultureInfo.InvariantCulture);

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Slope(string sweep, string dynamic) =>
        Rows(Path.Combine(Folder, "escape-scaling-slopes.csv")).Single(r => r["sweep"] == sweep && r["dynamic"] == dynamic);

    private static string Interval(Dictionary<string, string> s, string format) =>
        $"{F(D(s, "slope"), format)} [{F(D(s, "slope_low"), format)}, {F(D(s, "slope_high"), format)}]";

    private static Dictionary<string, string> Cell(string sweep, string dynamic, string column, double value) =>
        Rows(Path.Combine(Folder, "escape-scaling.csv")).Single(r => r["sweep"] == sweep && r["dynamic"] == dynamic && D(r, column) == value);

    [Fact]
    public void TheSavedRunHasEveryCellUncensoredAndTheSlopesOfItsCells()
    {
        var cells = Rows(Path.Combine(Folder, "escape-scaling.csv"));
        Assert.Equal(45, cells.Count);
        Assert.All(cells, r => Assert.Equal("0", r["censored"]));
        Assert.All(cells, r => Assert.Equal("1000", r["runs"]));
        var slopes = Rows(Path.Combine(Folder, "escape-scaling-slopes.csv"));
        Assert.Equal(9, slopes.Count);
        Assert.All(slopes, s => Assert.Equal("5", s["points"]));
    }

    [Fact]
    public void TheReadmeResultsAndNotebookStateTheSlopes()
    {
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        string results = File.ReadAllText(Path.Combine(Root, "docs", "results.md"));
        string notebook = File.ReadAllText(Path.Combine(Root, "notebooks", "08-escape-times.ipynb"));
        var sgd = Slope("batch-over-step", "SGD");
        string sgdText = $"{F(D(sgd, "slope"), "F4")}, 95 % interval [{F(D(sgd, "slope_low"), "F4")}, {F(D(sgd, "slope_high"), "F4")}], against {F(D(sgd, "exact_slope"), "F4")}";
        Assert.Contains(sgdText, readme);
        foreach (string dynamic in new[] { "SGD", "GLD dynamic", "GLD const" })
        {
            string batch = Interval(Slope("batch-over-step", dynamic), "F4"), curvature = Interval(Slope("curvature", dynamic), "F2");
            Assert.Contains(batch, results);
            Assert.Contains(batch, notebook);
            Assert.Contains(curvature, results);
            Assert.Contains(curvature, notebook);
        }
        Assert.Contains($"{Interval(Slope("curvature", "SGD"), "F2")} for SGD against {Interval(Slope("curvature", "GLD const"), "F2")} for white noise", readme);
        Assert.Contains($"(exact {F(D(Slope("curvature", "SGD"), "exact_slope"), "F2")})", results);
        Assert.Contains($"(exact {F(D(Slope("curvature", "GLD const"), "exact_slope"), "F2")})", results);
        Assert.Contains($"`2ΔL/(κH_a)` = {F(D(sgd, "kramers_slope"), "F4")}", results);
    }

    [Fact]
    public void TheGrowthFactorsAreTheSavedMeans()
    {
        double Mean(string dynamic, double curvature) => D(Cell("curvature", dynamic, "curvature", curvature), "mean");
        string sgd = $"×{F(Mean("SGD", 1.5) / Mean("SGD", 4), "F1")}", white = $"×{F(Mean("GLD const", 1.5) / Mean("GLD const", 4), "F2")}";
        foreach (string text in new[] { File.ReadAllText(Path.Combine(Root, "README.md")), File.ReadAllText(Path.Combine(Root, "docs", "results.md")), File.ReadAllText(Path.Combine(Root, "notebooks", "08-escape-times.ipynb")) })
        {
            Assert.Contains(sgd, text);
            Assert.Contains(white, text);
        }
    }

    [Fact]
    public void TheStepSweepsDeparturesAreTheSavedRatios()
    {
        var step = Rows(Path.Combine(Folder, "escape-scaling.csv")).Where(r => r["sweep"] == "step").ToArray();
        string Range(IEnumerable<double> values, string format, double scale = 1) => $"{F(values.Min() * scale, format)}–{F(values.Max() * scale, format)}";
        var small = step.Where(r => D(r, "learning_rate") <= 0.025).ToArray();
        var large = step.Where(r => D(r, "learning_rate") >= 0.05).ToArray();
        string notebook = File.ReadAllText(Path.Combine(Root, "notebooks", "08-escape-times.ipynb"));
        Assert.Contains($"{Range(small.Select(r => D(r, "mean_over_exact") - 1), "F0", 100)} % longer than it at", notebook);
        Assert.Contains($"{Range(large.Select(r => D(r, "mean_over_exact") - 1), "F0", 100)} % longer at", notebook);
        Assert.Contains($"{Range(step.Where(r => D(r, "learning_rate") <= 0.05).Select(r => D(r, "mean_over_monitored")), "F2")} for", notebook);
        Assert.Contains($"{Range(step.Where(r => D(r, "learning_rate") >= 0.1).Select(r => D(r, "mean_over_monitored")), "F2")} for", notebook);
    }

    [Fact]
    public void TheValleysStatementsAreTheSavedRun()
    {
        var rows = Rows(Path.Combine(Folder, "escape-valley.csv"));
        Assert.Equal(16, rows.Count);
        Dictionary<string, string> At(double across, string dynamic) => rows.Single(r => D(r, "transverse_curvature") == across && r["dynamic"] == dynamic);
        string Mean(Dictionary<string, string> r, string format) => $"{F(D(r, "mean"), format)} [{F(D(r, "ci_low"), format)}, {F(D(r, "ci_high"), format)}]";
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        string results = File.ReadAllText(Path.Combine(Root, "docs", "results.md"));
        string notebook = File.ReadAllText(Path.Combine(Root, "notebooks", "08-escape-times.ipynb"));
        var sgd = rows.Where(r => r["dynamic"] == "SGD").Select(r => D(r, "mean")).ToArray();
        foreach (string text in new[] { results, notebook }) Assert.Contains($"{F(sgd.Min(), "F1")}–{F(sgd.Max(), "F1")} at every", text);
        Assert.Contains($"{Mean(At(8, "GLD dynamic"), "F2")} against SGD's {Mean(At(8, "SGD"), "F2")}", readme);
        Assert.Contains($"({F(D(At(0.5, "SGD"), "mean"), "F2")} against {F(D(At(0.5, "GLD dynamic"), "mean"), "F1")})", readme);
        foreach (string text in new[] { results, notebook })
        {
            Assert.Contains(Mean(At(0.5, "GLD dynamic"), "F1"), text);
            Assert.Contains(Mean(At(8, "GLD dynamic"), "F2"), text);
            Assert.Contains(Mean(At(0.5, "GLD Hessian"), "F0"), text);
        }
        Assert.Contains($"{At(1, "GLD Hessian")["censored"]}, {At(4, "GLD Hessian")["censored"]}", results);
        Assert.Contains($"{At(1, "GLD Hessian")["censored"]}, {At(4, "GLD Hessian")["censored"]} and {At(8, "GLD Hessian")["censored"]}", notebook);
        int left = rows.Where(r => r["dynamic"] == "GLD 1st eigvec(H)").Sum(r => 1000 - int.Parse(r["censored"], CultureInfo.InvariantCulture));
        Assert.Contains($"{left} runs of 4,000", results);
        Assert.Contains($"{left} runs of 4,000", notebook);
    }
}
