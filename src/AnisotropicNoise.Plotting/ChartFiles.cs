using AnisotropicNoise.Plotting.Export;
using Plotly.NET;

namespace AnisotropicNoise.Plotting;

/// <summary>
/// Writes charts as figure files that open without network access: HTML with plotly.js inline always,
/// SVG and PNG where a local Chromium exists. Every file is written atomically (temporary file, rename).
/// </summary>
public static class ChartFiles
{
    /// <summary>Writes <paramref name="chart"/> to <paramref name="path"/> as a self-contained HTML page with plotly.js inline (no CDN).</summary>
    public static void SaveHtml(GenericChart chart, string path)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.WriteAllText(path, ChartHtml.Document(chart, Path.GetFileNameWithoutExtension(path)));
    }

    /// <summary>
    /// Writes <c>name.html</c> and, when <paramref name="images"/> is given, <c>name.svg</c> and
    /// <c>name.png</c> into <paramref name="folder"/>; returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Save(GenericChart chart, string folder, string name, StaticImages? images)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        CheckName(name);
        var written = new List<string> { Path.Combine(folder, name + ".html") };
        SaveHtml(chart, written[0]);
        if (images is not null)
        {
            written.Add(Path.Combine(folder, name + ".svg"));
            AtomicFile.WriteAllText(written[1], images.Svg);
            written.Add(Path.Combine(folder, name + ".png"));
            AtomicFile.WriteAllBytes(written[2], images.Png);
        }
        return written;
    }

    /// <summary>
    /// Writes the HTML and, if <see cref="Chromium.Find()"/> finds a browser, renders and writes SVG and PNG;
    /// returns the paths written (HTML only without a browser).
    /// </summary>
    public static IReadOnlyList<string> Save(GenericChart chart, string folder, string name)
    {
        string? browser = Chromium.Find();
        return Save(chart, folder, name, browser is null ? null : StaticRenderer.Render(chart, browser));
    }

    /// <summary>Rejects figure names that are not a plain file name (letters, digits, '-', '_', '.').</summary>
    internal static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || name.StartsWith('.'))
            throw new ArgumentException($"name must be a plain file name of letters, digits, '-', '_' and '.' (not starting with '.'); got '{name}'.", nameof(name));
    }
}
