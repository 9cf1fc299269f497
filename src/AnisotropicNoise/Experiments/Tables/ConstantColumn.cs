using System.Text;

namespace AnisotropicNoise.Experiments.Tables;

/// <summary>
/// A first CSV column that holds one value for a whole file (the start point a file's runs share, say), added to and
/// read off a CSV of rows whose own format has no such column: the rows' format, which the run store also keeps, stays as it is.
/// </summary>
public static class ConstantColumn
{
    /// <summary><paramref name="csv"/> (a header line, then one line a row) with column <paramref name="name"/> = <paramref name="value"/> in front.</summary>
    /// <exception cref="ArgumentException">The value is empty or holds a comma or a newline.</exception>
    public static string Prepend(string csv, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (string.IsNullOrWhiteSpace(value) || value.Contains(',') || value.Contains('\n'))
            throw new ArgumentException($"{name} '{value}' is empty or holds a comma or a newline.", nameof(value));
        var text = new StringBuilder();
        bool header = true;
        foreach (string line in Lines(csv))
        {
            if (line.Length > 0) text.Append(header ? name : value).Append(',').Append(line);
            text.Append('\n');
            header &= line.Length == 0;
        }
        return text.ToString();
    }

    /// <summary>
    /// The value of column <paramref name="name"/> when <paramref name="text"/>'s header starts with it (null when it does not),
    /// and the text without that column; <c>#</c> lines and blank lines are kept as they are.
    /// </summary>
    /// <exception cref="InvalidDataException">A line's value differs from the first line's, or is empty; the message gives the line number.</exception>
    public static (string? Value, string Others) Remove(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var lines = Lines(text);
        int header = Array.FindIndex(lines, l => l.Length > 0 && !l.StartsWith('#'));
        if (header < 0 || !lines[header].StartsWith(name + ",", StringComparison.Ordinal)) return (null, text);
        string? value = null;
        var rest = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (i > header && line.Length > 0 && !line.StartsWith('#'))
            {
                int comma = line.IndexOf(',');
                string field = comma < 0 ? line : line[..comma];
                if (field.Length == 0 || (value is not null && field != value))
                    throw new InvalidDataException($"line {i + 1}: {name} '{field}' differs from the first row's '{value}'; a file holds one {name}.");
                value = field;
                line = comma < 0 ? "" : line[(comma + 1)..];
            }
            else if (i == header) line = line[(name.Length + 1)..];
            rest.Append(line).Append('\n');
        }
        return (value, rest.ToString());
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
