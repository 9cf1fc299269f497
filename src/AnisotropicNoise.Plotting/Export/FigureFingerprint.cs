using System.Security.Cryptography;
using System.Text;
using Plotly.NET;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>
/// What a static image of a chart depends on, as a SHA-256: the chart's figure JSON (data and layout) and
/// how it is rendered. Two charts with the same fingerprint render to the same picture, so a saved PNG
/// whose fingerprint matches is still exact and needs no browser to be kept.
/// </summary>
public static class FigureFingerprint
{
    /// <summary>Changes whenever <see cref="StaticRenderer"/> would draw the same figure differently.</summary>
    internal const string RenderVersion = $"plotly.js {PlotlyJs.Version}; png scale 2; svg scale 1";

    /// <summary>The fingerprint of <paramref name="chart"/>: 64 lowercase hex digits.</summary>
    public static string Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return OfFigureJson(GenericChart.toFigureJson(chart));
    }

    /// <summary>The fingerprint of a chart whose <c>GenericChart.toFigureJson</c> is <paramref name="figureJson"/>.</summary>
    public static string OfFigureJson(string figureJson)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(RenderVersion + "\n" + figureJson));
        return Convert.ToHexStringLower(hash);
    }
}
