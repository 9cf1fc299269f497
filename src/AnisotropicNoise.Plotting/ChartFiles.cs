using AnisotropicNoise.Plotting.Export;
using Plotly.NET;

namespace AnisotropicNoise.Plotting;

/// <summary>
/// Writes charts as figure files that open without network access: HTML with plotly.js inline always,
/// SVG and PNG where a local Chromium exists or the same chart's images were saved before. Every file is written atomically (temporary file, rename).
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
    /// Writes <c>name.html</c> and, when <paramref name="images"/> is given, <c>name.svg</c> (where the images
    /// have one), <c>name.png</c> and <c>name.sha256</c> (the chart's <see cref="FigureFingerprint"/>, which
    /// lets a later run keep the PNG without a browser while the chart is unchanged) into
    /// <paramref name="folder"/>; returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Save(GenericChart chart, string folder, string name, StaticImages? images)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        CheckName(name);
        var written = new List<string> { Path.Combine(folder, name + ".html") };
        SaveHtml(chart, written[0]);
        if (images is null) return written;
        if (images.Svg is not null)
        {
            written.Add(Path.Combine(folder, name + ".svg"));
            AtomicFile.WriteAllText(written[^1], images.Svg);
        }
        written.Add(Path.Combine(folder, name + ".png"));
        AtomicFile.WriteAllBytes(written[^1], images.Png);
        written.Add(SavedFigures.FingerprintPath(folder, name));
        AtomicFile.WriteAllText(written[^1], FigureFingerprint.Of(chart) + "\n");
        return written;
    }

    /// <summary>
    /// Writes the HTML and static images: those already saved in <paramref name="folder"/> for this very chart
    /// (same <see cref="FigureFingerprint"/>), else rendered by <see cref="Chromium.Find()"/>'s browser; returns the
    /// paths written (HTML only when the chart changed and no browser exists).
    /// </summary>
    public static IReadOnlyList<string> Save(GenericChart chart, string folder, string name)
    {
        ArgumentNullException.ThrowIfNull(chart);
        CheckName(name);
        return Save(chart, folder, name, StaticImagesOf(chart, name, folder));
    }

    /// <summary>
    /// The static images of <paramref name="chart"/>: those saved under <paramref name="name"/> in
    /// <paramref name="savedFolder"/> when the chart is unchanged, else a fresh rendering, else (no browser) null.
    /// </summary>
    public static StaticImages? StaticImagesOf(GenericChart chart, string name, string? savedFolder)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var saved = SavedFigures.Find(savedFolder, name, FigureFingerprint.Of(chart));
        if (saved is not null) return saved;
        string? browser = Chromium.Find();
        return browser is null ? null : StaticRenderer.Render(chart, browser);
    }

    /// <summary>Rejects figure names that are not a plain file name (letters, digits, '-', '_', '.').</summary>
    internal static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || name.StartsWith('.'))
            throw new ArgumentException($"name must be a plain file name of letters, digits, '-', '_' and '.' (not starting with '.'); got '{name}'.", nameof(name));
    }
}
