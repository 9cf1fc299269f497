using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Cli;

/// <summary>
/// The <c>--out DIR</c> option of every experiment command: the result's CSV and its charts (HTML, and
/// SVG and PNG where Chromium exists) written into one folder, each file whole or not at all.
/// </summary>
internal sealed class OutputFolder
{
    private readonly string? _directory;

    private OutputFolder(string? directory) => _directory = directory;

    /// <summary>The option as the usage lines show it.</summary>
    public const string Usage = "[--out DIR]";

    /// <summary>The folder named by <c>--out</c>, or none.</summary>
    public static OutputFolder From(Arguments arguments) => new(arguments.Text("out"));

    /// <summary>Writes <c>name.csv</c> and each chart as <c>name-chart.*</c> (or <c>name.*</c> for a chart named like the result), and says what it wrote; nothing without <c>--out</c>.</summary>
    public void Write(string name, string csv, IEnumerable<(string Name, GenericChart Chart)> charts, TextWriter progress)
    {
        if (_directory is null) return;
        string table = Path.Combine(_directory, name + ".csv");
        AtomicFile.WriteAllText(table, csv);
        var written = new List<string> { table };
        foreach (var (chartName, chart) in charts)
            written.AddRange(ChartFiles.Save(chart, _directory, chartName.Length == 0 ? name : $"{name}-{chartName}"));
        progress.WriteLine($"wrote {string.Join(", ", written)}");
    }
}
