using System.Text;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The measurements of a FashionMNIST run, every dynamic and seed, with the sentence that says which
/// data they came from: what the CSV holds, the charts draw and a notebook can reload.
/// </summary>
/// <param name="DataDescription">Where the images came from, in words (real files or the synthetic stand-in).</param>
/// <param name="IsStandIn">Whether the images were the synthetic stand-in.</param>
/// <param name="Rows">The rows, by dynamic, then seed, then iteration.</param>
public sealed record FashionMnistTable(string DataDescription, bool IsStandIn, IReadOnlyList<FashionMnistRow> Rows)
{
    private const string DataLine = "# data: ", StandInMark = "SYNTHETIC STAND-IN";

    /// <summary>The names of the dynamics, in order.</summary>
    public IReadOnlyList<string> Dynamics => Rows.Select(r => r.Dynamic).Distinct().ToArray();

    /// <summary>The rows of <paramref name="dynamic"/>, every seed.</summary>
    public IReadOnlyList<FashionMnistRow> Of(string dynamic) => Rows.Where(r => r.Dynamic == dynamic).ToArray();

    /// <summary>The last row of each seed of <paramref name="dynamic"/>.</summary>
    /// <exception cref="ArgumentException">No dynamic of that name ran.</exception>
    public IReadOnlyList<FashionMnistRow> Finals(string dynamic)
    {
        var finals = Of(dynamic).GroupBy(r => r.Seed).Select(g => g.MaxBy(r => r.Iteration)!).ToArray();
        return finals.Length > 0 ? finals : throw new ArgumentException($"no dynamic named '{dynamic}'; ran: {string.Join(", ", Dynamics)}.", nameof(dynamic));
    }

    /// <summary>
    /// <paramref name="value"/> of <paramref name="dynamic"/> at each recorded iteration across its seeds:
    /// mean, standard deviation (0 for one seed), smallest and largest.
    /// </summary>
    public IReadOnlyList<AcrossSeeds> Across(string dynamic, Func<FashionMnistRow, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Of(dynamic).GroupBy(r => r.Iteration).OrderBy(g => g.Key).Select(g => AcrossSeeds.Of(g.Key, g.Select(value).ToArray())).ToArray();
    }

    /// <summary>The rows as CSV (<see cref="FashionMnistCsv.Header"/>) after a <c># data:</c> line; <paramref name="comments"/> become further <c>#</c> lines.</summary>
    public string ToCsv(IEnumerable<string>? comments = null)
    {
        var csv = new StringBuilder(DataLine).Append(DataDescription).Append('\n');
        foreach (string c in comments ?? []) csv.Append("# ").Append(c).Append('\n');
        return csv.Append(FashionMnistCsv.Format(Rows)).ToString();
    }

    /// <summary>The table in the CSV file at <paramref name="path"/> (as <see cref="FromCsv"/>).</summary>
    /// <exception cref="InvalidDataException">The file is not such a CSV; the message names the file.</exception>
    public static FashionMnistTable Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return FromCsv(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>The table of a CSV written by <see cref="ToCsv"/> (a committed long run, say).</summary>
    /// <exception cref="InvalidDataException">The <c># data:</c> line or the header is missing, or a line does not parse.</exception>
    public static FashionMnistTable FromCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(DataLine, StringComparison.Ordinal)) throw new InvalidDataException($"the first line must start with '{DataLine}'.");
        string description = text[DataLine.Length..text.IndexOf('\n')].TrimEnd('\r');
        return new FashionMnistTable(description, description.Contains(StandInMark, StringComparison.Ordinal), FashionMnistCsv.Parse(text));
    }
}

/// <summary>One measured value of one dynamic at one iteration, across its seeds.</summary>
/// <param name="Iteration">The iteration.</param>
/// <param name="Mean">The mean over seeds.</param>
/// <param name="StandardDeviation">The standard deviation over seeds (0 for one seed).</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Seeds">How many seeds.</param>
public readonly record struct AcrossSeeds(int Iteration, double Mean, double StandardDeviation, double Min, double Max, int Seeds)
{
    /// <summary>The summary of <paramref name="values"/> (one per seed, at least one) at <paramref name="iteration"/>.</summary>
    public static AcrossSeeds Of(int iteration, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("values must hold one value per seed, at least one.", nameof(values));
        double mean = values.Average();
        double sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
        return new AcrossSeeds(iteration, mean, sd, values.Min(), values.Max(), values.Count);
    }
}
