using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Experiments.Seeds;
namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// The measurements of a FashionMNIST run, every dynamic and seed, with the sentence that says which
/// data they came from: what the CSV holds, the charts draw and a notebook can reload.
/// </summary>
/// <param name="DataDescription">Where the images came from, in words (real files or the synthetic stand-in).</param>
/// <param name="IsStandIn">Whether the images were the synthetic stand-in.</param>
/// <param name="Rows">The rows, by dynamic, then seed, then iteration.</param>
/// <param name="StartPoint">The start point every run set out from, in words (<see cref="FashionMnistSettings.StartPoint"/>; the file's <c>start</c> column).</param>
public sealed record FashionMnistTable(string DataDescription, bool IsStandIn, IReadOnlyList<FashionMnistRow> Rows, string StartPoint)
{
    private const string StartColumn = "start";

    /// <summary>The names of the dynamics, in order.</summary>
    public IReadOnlyList<string> Dynamics => Rows.DynamicNames();

    /// <summary>The rows of <paramref name="dynamic"/>, every seed.</summary>
    public IReadOnlyList<FashionMnistRow> Of(string dynamic) => Rows.OfDynamic(dynamic);

    /// <summary>The last row of each seed of <paramref name="dynamic"/>.</summary>
    /// <exception cref="ArgumentException">No dynamic of that name ran.</exception>
    public IReadOnlyList<FashionMnistRow> Finals(string dynamic) => Rows.FinalsOf(dynamic);

    /// <summary>
    /// <paramref name="value"/> of <paramref name="dynamic"/> at each recorded iteration across its seeds:
    /// mean, standard deviation (0 for one seed), smallest and largest.
    /// </summary>
    public IReadOnlyList<AcrossSeeds> Across(string dynamic, Func<FashionMnistRow, double> value) => Rows.AcrossSeedsOf(dynamic, value);

    /// <summary>
    /// The rows as CSV (a <c>start</c> column, then <see cref="FashionMnistCsv.Header"/>'s) after a <c># data:</c> line;
    /// <paramref name="comments"/> become further <c>#</c> lines.
    /// </summary>
    public string ToCsv(IEnumerable<string>? comments = null) =>
        DataCsv.Write(DataDescription, comments, ConstantColumn.Prepend(FashionMnistCsv.Format(Rows), StartColumn, StartPoint));

    /// <summary>The table in the CSV file at <paramref name="path"/> (as <see cref="FromCsv"/>).</summary>
    /// <exception cref="InvalidDataException">The file is not such a CSV; the message names the file.</exception>
    public static FashionMnistTable Load(string path) => DataCsv.Load(path, FromCsv);

    /// <summary>The table of a CSV written by <see cref="ToCsv"/> (a committed long run, say).</summary>
    /// <exception cref="InvalidDataException">The <c># data:</c> line, the <c>start</c> column or the header is missing, or a line does not parse.</exception>
    public static FashionMnistTable FromCsv(string text)
    {
        string description = DataCsv.DataDescription(text);
        var (start, rows) = ConstantColumn.Remove(text, StartColumn);
        if (start is null) throw new InvalidDataException($"no '{StartColumn}' column with a value, first of the header: the start point of the runs is not recorded.");
        return new FashionMnistTable(description, DataCsv.IsStandIn(description), FashionMnistCsv.Parse(rows), start);
    }
}
