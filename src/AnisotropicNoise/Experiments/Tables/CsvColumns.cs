using System.Globalization;
using System.Text;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Tables;

/// <summary>
/// A row type's CSV columns, declared once by name: the header, how each value is written (numbers round-trip exact,
/// <c>R</c> format) and, through <see cref="Parse"/>, read back by the same names. An estimate takes two columns,
/// <c>name</c> and <c>name_se</c>. A new column is one line here and one argument where the row is built.
/// </summary>
/// <param name="what">What a file of these rows is, for error messages ("FashionMNIST results file").</param>
public sealed class CsvColumns<TRow>(string what)
{
    private readonly List<(string Name, Func<TRow, string> Write)> _columns = [];

    /// <summary>The header line: the column names, comma-separated.</summary>
    public string Header => string.Join(',', _columns.Select(c => c.Name));

    /// <summary>Adds a text column; a value holding a comma or a newline is refused when written.</summary>
    public CsvColumns<TRow> Text(string name, Func<TRow, string> value) => Add(name, row =>
    {
        string text = value(row);
        return text.Contains(',') || text.Contains('\n') ? throw new ArgumentException($"{name} '{text}' holds a comma or newline.", nameof(value)) : text;
    });

    /// <summary>Adds a column of whole numbers.</summary>
    public CsvColumns<TRow> Int(string name, Func<TRow, int> value) => Add(name, row => value(row).ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a column of numbers.</summary>
    public CsvColumns<TRow> Double(string name, Func<TRow, double> value) => Add(name, row => value(row).ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds the columns <c>name</c> and <c>name_se</c>: an estimate and its standard error.</summary>
    public CsvColumns<TRow> Estimate(string name, Func<TRow, Estimate> value) =>
        Double(name, row => value(row).Value).Double(name + "_se", row => value(row).StandardError);

    /// <summary>The header and one line per row.</summary>
    public string Format(IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var row in rows) csv.Append(Line(row)).Append('\n');
        return csv.ToString();
    }

    /// <summary>One row as a CSV line (no newline).</summary>
    public string Line(TRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join(',', _columns.Select(c => c.Write(row)));
    }

    /// <summary>
    /// The rows of a text written by <see cref="Format"/>, each built by <paramref name="read"/> from its fields by column name;
    /// <c>#</c> lines and blank lines are skipped.
    /// </summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public IReadOnlyList<TRow> Parse(string text, Func<CsvFields, TRow> read)
    {
        var index = _columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i);
        return CsvRecords.Parse(text, Header, what, fields => read(fields.Named(index)));
    }

    private CsvColumns<TRow> Add(string name, Func<TRow, string> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_columns.Any(c => c.Name == name)) throw new ArgumentException($"column '{name}' is declared twice.", nameof(name));
        _columns.Add((name, write));
        return this;
    }
}
