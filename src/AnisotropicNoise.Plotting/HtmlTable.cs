using System.Net;
using System.Text;

namespace AnisotropicNoise.Plotting;

/// <summary>A table of already formatted cells, shown in a notebook as HTML (cells are HTML-encoded).</summary>
public sealed class HtmlTable
{
    /// <summary>Creates a table; every row must have one cell per header.</summary>
    /// <exception cref="ArgumentException">No headers, or a row of another length.</exception>
    public HtmlTable(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (headers.Count == 0) throw new ArgumentException("headers must name at least one column.", nameof(headers));
        for (int i = 0; i < rows.Count; i++)
            if (rows[i] is null || rows[i].Count != headers.Count)
                throw new ArgumentException($"rows[{i}] must have {headers.Count} cells, one per header; it has {rows[i]?.Count ?? 0}.", nameof(rows));
        Headers = headers.ToArray();
        Rows = rows.Select(r => (IReadOnlyList<string>)r.ToArray()).ToArray();
        Caption = caption;
    }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows, one cell per header.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The caption shown above the table, or null.</summary>
    public string? Caption { get; }

    /// <summary>The table as an HTML <c>&lt;table&gt;</c> element.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<table>");
        if (Caption is not null) html.Append("<caption>").Append(WebUtility.HtmlEncode(Caption)).Append("</caption>");
        AppendRow(html, "th", Headers);
        foreach (var row in Rows) AppendRow(html, "td", row);
        return html.Append("</table>").ToString();
    }

    private static void AppendRow(StringBuilder html, string cell, IReadOnlyList<string> cells)
    {
        html.Append("<tr>");
        foreach (string text in cells) html.Append('<').Append(cell).Append('>').Append(WebUtility.HtmlEncode(text)).Append("</").Append(cell).Append('>');
        html.Append("</tr>");
    }
}
