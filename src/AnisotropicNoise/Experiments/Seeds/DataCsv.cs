using System.Text;

namespace AnisotropicNoise.Experiments.Seeds;

/// <summary>
/// The frame of an experiment's results file: a <c># data:</c> line that says which images the rows came from, further
/// <c>#</c> lines (settings, departures), then the CSV rows.
/// </summary>
public static class DataCsv
{
    private const string DataLine = "# data: ", StandInMark = "SYNTHETIC STAND-IN";

    /// <summary>The file's text: the data line, one <c>#</c> line per comment, then <paramref name="csv"/>.</summary>
    public static string Write(string dataDescription, IEnumerable<string>? comments, string csv)
    {
        ArgumentNullException.ThrowIfNull(dataDescription);
        ArgumentNullException.ThrowIfNull(csv);
        var text = new StringBuilder(DataLine).Append(dataDescription).Append('\n');
        foreach (string c in comments ?? []) text.Append("# ").Append(c).Append('\n');
        return text.Append(csv).ToString();
    }

    /// <summary>The data description of a text written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The first line is not the data line.</exception>
    public static string DataDescription(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(DataLine, StringComparison.Ordinal)) throw new InvalidDataException($"the first line must start with '{DataLine}'.");
        int end = text.IndexOf('\n');
        return text[DataLine.Length..(end < 0 ? text.Length : end)].TrimEnd('\r');
    }

    /// <summary>Whether <paramref name="dataDescription"/> is that of the synthetic stand-in.</summary>
    public static bool IsStandIn(string dataDescription) => dataDescription.Contains(StandInMark, StringComparison.Ordinal);

    /// <summary>Reads the file at <paramref name="path"/> with <paramref name="parse"/>, naming the file in any error.</summary>
    /// <exception cref="InvalidDataException">The file does not parse; the message names the file.</exception>
    public static T Load<T>(string path, Func<string, T> parse)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
