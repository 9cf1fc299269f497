using Plotly.NET;

namespace AnisotropicNoise.Plotting;

/// <summary>The ten category colours, for charts that give several traces of one group the same colour.</summary>
internal static class ChartPalette
{
    private static readonly string[] Colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>The <paramref name="index"/>-th colour, cycling.</summary>
    public static Color At(int index) => Color.fromString(Colors[index % Colors.Length]);
}
