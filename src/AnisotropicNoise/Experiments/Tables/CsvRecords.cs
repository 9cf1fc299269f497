using System.Globalization;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Tables;

/// <summary>The fields of one line of a results CSV, read as the invariant culture writes them.</summary>
public readonly struct CsvFields
{
    private readonly string[] _fields;
    private readonly IReadOnlyDictionary<string, int>? _columns;

    internal CsvFields(string[] fields, int line, IReadOnlyDictionary<string, int>? columns = null)
    {
        _fields = fields;
        Line = line;
        _columns = columns;
    }

    /// <summary>The same fields, readable by the column names of <paramref name="columns"/> (name → index).</summary>
    internal CsvFields Named(IReadOnlyDictionary<string, int> columns) => new(_fields, Line, columns);

    /// <summary>The field of column <paramref name="name"/> as text.</summary>
    /// <exception cref="InvalidOperationException">The fields were not read with column names, or there is no such column.</exception>
    public string Text(string name) => _fields[Index(name)];

    /// <summary>The field of column <paramref name="name"/> as a whole number.</summary>
    public int Int(string name) => Int(Index(name));

    /// <summary>The field of column <paramref name="name"/> as a number.</summary>
    public double Double(string name) => Double(Index(name));

    /// <summary>Columns <paramref name="name"/> and <c>name_se</c> as an estimate and its standard error.</summary>
    public Estimate Estimate(string name) => new(Double(name), Double(name + "_se"));

    private int Index(string name) =>
        _columns is null ? throw new InvalidOperationException($"these fields have no column names; read '{name}' by index.")
        : _columns.TryGetValue(name, out int index) ? index : throw new InvalidOperationException($"no column '{name}'.");

    /// <summary>The line's number in the text, from 1.</summary>
    public int Line { get; }

    /// <summary>Field <paramref name="index"/> as text.</summary>
    public string this[int index] => _fields[index];

    /// <summary>Field <paramref name="index"/> as a whole number.</summary>
    public int Int(int index) => int.Parse(_fields[index], NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>Field <paramref name="index"/> as a number.</summary>
    public double Double(int index) => double.Parse(_fields[index], NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Fields <paramref name="index"/> and the next as an estimate and its standard error.</summary>
    public Estimate Estimate(int index) => new(Double(index), Double(index + 1));
}

/// <summary>Reads the results CSVs this package writes: <c>#</c> lines and blank lines skipped, then a header, then one record a line.</summary>
public static class CsvRecords
{
    /// <summary>
    /// The records of <paramref name="text"/>, each line read by <paramref name="record"/>; every line must have as many
    /// fields as <paramref name="header"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The header is missing (the message says the text is not a <paramref name="what"/>), or a line has the wrong number of
    /// fields or a field does not parse; the message gives the line number.
    /// </exception>
    public static List<T> Parse<T>(string text, string header, string what, Func<CsvFields, T> record)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(record);
        int columns = header.Split(',').Length;
        var records = new List<T>();
        bool seenHeader = false;
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            if (!seenHeader)
            {
                seenHeader = line == header ? true : throw new InvalidDataException($"line {n + 1}: expected the header '{header}'.");
                continue;
            }
            var fields = line.Split(',');
            if (fields.Length != columns) throw new InvalidDataException($"line {n + 1}: {fields.Length} fields, expected {columns}.");
            try
            {
                records.Add(record(new CsvFields(fields, n + 1)));
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new InvalidDataException($"line {n + 1}: {e.Message}", e);
            }
        }
        return seenHeader ? records : throw new InvalidDataException($"no header line: not a {what}.");
    }
}
