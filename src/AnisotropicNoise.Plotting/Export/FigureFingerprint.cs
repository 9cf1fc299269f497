using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Plotly.NET;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>
/// What a static image of a chart depends on, as a SHA-256: the chart's figure JSON (data and layout), with every
/// number rounded to <see cref="SignificantDigits"/> significant digits, and how it is rendered. Two charts with the
/// same fingerprint render to the same picture (a difference in the 11th digit cannot move a pixel), so a saved PNG
/// whose fingerprint matches is still exact and needs no browser to be kept; a re-run whose numbers differ only in
/// their last bits (another summation order, another machine) keeps it too.
/// </summary>
public static class FigureFingerprint
{
    /// <summary>The significant digits of every number that the fingerprint sees.</summary>
    public const int SignificantDigits = 10;

    /// <summary>Changes whenever <see cref="StaticRenderer"/> would draw the same figure differently.</summary>
    internal const string RenderVersion = $"plotly.js {PlotlyJs.Version}; png scale 1.5, 256-colour palette; svg scale 1";

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
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(RenderVersion + "\n" + Canonical(figureJson)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The figure JSON with its numbers rounded; text that is not JSON (a NaN written as a bare word) is kept as it is.</summary>
    internal static string Canonical(string figureJson)
    {
        var output = new StringBuilder(figureJson.Length);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(figureJson));
        try
        {
            while (reader.Read()) Append(ref reader, output);
        }
        catch (JsonException)
        {
            return figureJson;
        }
        return output.ToString();
    }

    private static void Append(ref Utf8JsonReader reader, StringBuilder output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject: output.Append('{'); break;
            case JsonTokenType.EndObject: output.Append('}'); break;
            case JsonTokenType.StartArray: output.Append('['); break;
            case JsonTokenType.EndArray: output.Append(']'); break;
            case JsonTokenType.PropertyName: output.Append(JsonSerializer.Serialize(reader.GetString())).Append(':'); break;
            case JsonTokenType.String: output.Append(JsonSerializer.Serialize(reader.GetString())).Append(','); break;
            case JsonTokenType.Number:
                output.Append(reader.GetDouble().ToString("G" + SignificantDigits, CultureInfo.InvariantCulture)).Append(',');
                break;
            default: output.Append(reader.TokenType).Append(','); break;
        }
    }
}
