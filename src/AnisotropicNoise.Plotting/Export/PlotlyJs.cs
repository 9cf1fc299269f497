namespace AnisotropicNoise.Plotting.Export;

/// <summary>The plotly.js that Plotly.NET carries inside its assembly, so charts render without a CDN.</summary>
public static class PlotlyJs
{
    /// <summary>The plotly.js version embedded in Plotly.NET 6.0.0.</summary>
    public const string Version = "2.28.0";

    private static readonly Lazy<string> _source = new(Load);

    /// <summary>The minified plotly.js source (about 3.5 MB).</summary>
    public static string Source => _source.Value;

    /// <summary>A <c>&lt;script&gt;</c> element that defines <c>window.Plotly</c> from the embedded source.</summary>
    public static string ScriptElement => $"<script type=\"text/javascript\">{Source}</script>";

    private static string Load()
    {
        string name = $"Plotly.NET.plotly-{Version}.min.js";
        using var stream = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET does not carry the resource '{name}'; the embedded plotly.js version changed.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
