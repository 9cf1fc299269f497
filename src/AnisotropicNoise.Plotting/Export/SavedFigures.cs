namespace AnisotropicNoise.Plotting.Export;

/// <summary>
/// A folder of saved figures (<c>name.png</c>, <c>name.svg</c> where kept, and <c>name.sha256</c>, the
/// <see cref="FigureFingerprint"/> of the chart the PNG was rendered from): the static images of a chart
/// whose data did not change are taken from here instead of being rendered again.
/// </summary>
public static class SavedFigures
{
    /// <summary>The file beside <c>name.png</c> that holds the fingerprint of the chart it shows.</summary>
    public static string FingerprintPath(string folder, string name) => Path.Combine(folder, name + ".sha256");

    /// <summary>
    /// The images saved in <paramref name="folder"/> under <paramref name="name"/> when their recorded
    /// fingerprint is <paramref name="fingerprint"/>; null when the folder, the PNG or the fingerprint is
    /// missing or the fingerprint differs (the chart changed).
    /// </summary>
    public static StaticImages? Find(string? folder, string name, string fingerprint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        if (string.IsNullOrWhiteSpace(folder)) return null;
        string png = Path.Combine(folder, name + ".png"), recorded = FingerprintPath(folder, name);
        if (!File.Exists(png) || !File.Exists(recorded) || File.ReadAllText(recorded).Trim() != fingerprint) return null;
        string svg = Path.Combine(folder, name + ".svg");
        return new StaticImages(File.ReadAllBytes(png), File.Exists(svg) ? File.ReadAllText(svg) : null);
    }
}
