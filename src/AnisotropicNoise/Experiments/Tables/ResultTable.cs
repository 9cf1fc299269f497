using System.Net;
using System.Text;

namespace AnisotropicNoise.Experiments.Tables;

/// <summary>
/// An experiment's result as one table: named columns and rows of cells, each cell with its value for
/// the CSV and its rounded text for people, a caption and notes. The CSV (<see cref="ToCsv"/>), the
/// console (<see cref="ToText"/>) and the notebooks (<see cref="ToHtml"/>) all render this one object.
/// </summary>
public sealed class ResultTable
{
    /// <summary>Creates a table; every row must have one cell per column.</summary>
    /// <exception cref="ArgumentException">No columns, a repeated column key, or a row of another length.</exception>
    public ResultTable(IReadOnlyList<ResultColumn> columns, IEnumerable<IReadOnlyList<ResultCell>> rows, string? caption = null, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0) throw new ArgumentException("columns must name at least one column.", nameof(columns));
        Guard.NonEmptyDistinct(columns.Select(c => c.Key).ToArray(), nameof(columns), "column keys");
        Columns = columns.ToArray();
        Rows = rows.Select((row, i) => row is not null && row.Count == columns.Count
            ? (IReadOnlyList<ResultCell>)row.ToArray()
            : throw new ArgumentException($"rows[{i}] must have {columns.Count} cells, one per column; it has {row?.Count ?? 0}.", nameof(rows))).ToArray();
        Caption = caption;
        Notes = notes?.ToArray() ?? [];
    }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>The rows, one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<ResultCell>> Rows { get; }

    /// <summary>What the table shows, in one line (text and HTML only), or null.</summary>
    public string? Caption { get; }

    /// <summary>Lines shown below the table (text and HTML only).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The texts of the column with key <paramref name="key"/>, top to bottom.</summary>
    /// <exception cref="ArgumentException">No column has that key.</exception>
    public IReadOnlyList<string> Texts(string key)
    {
        int c = Columns.ToList().FindIndex(column => column.Key == key);
        if (c < 0) throw new ArgumentException($"no column '{key}'; columns: {string.Join(", ", Columns.Select(column => column.Key))}.", nameof(key));
        return Rows.Select(row => row[c].Text).ToArray();
    }

    /// <summary>The header of column keys, then one line per row of CSV values (quoted where needed).</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        AppendCsvLine(csv, Columns.Select(c => c.Key));
        foreach (var row in Rows) AppendCsvLine(csv, row.Select(cell => cell.Csv));
        return csv.ToString();
    }

    /// <summary>The caption, the column titles and rows aligned in columns (the first to the left, the rest to the right), then the notes.</summary>
    public string ToText()
    {
        var widths = Columns.Select((column, c) => Rows.Select(row => row[c].Text.Length).Prepend(column.Title.Length).Max()).ToArray();
        string Line(IEnumerable<string> cells) =>
            string.Join("  ", cells.Select((text, c) => c == 0 ? text.PadRight(widths[c]) : text.PadLeft(widths[c]))).TrimEnd();
        var lines = new List<string>();
        if (Caption is not null) lines.Add(Caption);
        lines.Add(Line(Columns.Select(c => c.Title)));
        lines.AddRange(Rows.Select(row => Line(row.Select(cell => cell.Text))));
        lines.AddRange(Notes);
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>An HTML <c>&lt;table&gt;</c> (caption, titles, texts; all encoded), the notes as paragraphs after it.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<table>");
        if (Caption is not null) html.Append("<caption>").Append(WebUtility.HtmlEncode(Caption)).Append("</caption>");
        AppendHtmlRow(html, "th", Columns.Select(c => c.Title));
        foreach (var row in Rows) AppendHtmlRow(html, "td", row.Select(cell => cell.Text));
        html.Append("</table>");
        foreach (string note in Notes) html.Append("<p>").Append(WebUtility.HtmlEncode(note)).Append("</p>");
        return html.ToString();
    }

    private static void AppendCsvLine(StringBuilder csv, IEnumerable<string> values) =>
        csv.AppendJoin(',', values.Select(v => v.IndexOfAny([',', '"', '\n', '\r']) < 0 ? v : $"\"{v.Replace("\"", "\"\"")}\"")).Append('\n');

    private static void AppendHtmlRow(StringBuilder html, string cell, IEnumerable<string> texts)
    {
        html.Append("<tr>");
        foreach (string text in texts) html.Append('<').Append(cell).Append('>').Append(WebUtility.HtmlEncode(text)).Append("</").Append(cell).Append('>');
        html.Append("</tr>");
    }
}

/// <summary>A column of a <see cref="ResultTable"/>.</summary>
/// <param name="Key">Its CSV header: lower case, no spaces (<c>ci_low</c>).</param>
/// <param name="Title">Its heading for people (<c>95% low</c>).</param>
public sealed record ResultColumn(string Key, string Title);

/// <summary>One cell of a <see cref="ResultTable"/>.</summary>
/// <param name="Csv">The value as the CSV holds it (numbers round-trip unless a format says otherwise).</param>
/// <param name="Text">The value as people read it (rounded).</param>
public readonly record struct ResultCell(string Csv, string Text)
{
    /// <summary>A text cell, the same in the CSV and the text.</summary>
    public static ResultCell Of(string text) => new(text, text);

    /// <summary>A whole number.</summary>
    public static ResultCell Of(long value) => Of(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A number shown with <paramref name="textFormat"/>, written to the CSV with <paramref name="csvFormat"/> (round-trip by default).</summary>
    public static ResultCell Of(double value, string textFormat, string csvFormat = "R") =>
        new(value.ToString(csvFormat, System.Globalization.CultureInfo.InvariantCulture), value.ToString(textFormat, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An estimate as <c>value ± standard error</c> (round-trip in the CSV, four and two significant digits in the text); the value alone when its error is zero.</summary>
    public static ResultCell Of(Statistics.Estimate e) => e.StandardError == 0 ? Of(e.Value, "G4") : new(
        FormattableString.Invariant($"{e.Value:R} ± {e.StandardError:R}"), FormattableString.Invariant($"{e.Value:G4} ± {e.StandardError:G2}"));
}
