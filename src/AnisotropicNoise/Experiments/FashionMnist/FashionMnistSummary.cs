using System.Globalization;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The final values of each dynamic, mean ± standard deviation over its seeds, as text cells: the one
/// summary table that the console and the notebook both render.
/// </summary>
public static class FashionMnistSummary
{
    /// <summary>The column headers.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["dynamic", "seeds", "iteration", "test accuracy", "training loss", "clean train acc", "random-label train acc", "sharpness", "E|ΔL|", "λ₁", "Tr(HΣ)/Tr(HΣ̄)"];

    /// <summary>One row per dynamic of <paramref name="table"/>, from each seed's last recorded point.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(FashionMnistTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Dynamics.Select(name =>
        {
            var finals = table.Finals(name);
            string Cell(Func<FashionMnistRow, double> value, string format)
            {
                var across = AcrossSeeds.Of(finals[0].Iteration, finals.Select(value).ToArray());
                string mean = across.Mean.ToString(format, CultureInfo.InvariantCulture);
                return across.Seeds == 1 ? mean : $"{mean} ± {across.StandardDeviation.ToString(format, CultureInfo.InvariantCulture)}";
            }
            return (IReadOnlyList<string>)
            [
                name, finals.Count.ToString(CultureInfo.InvariantCulture), finals.Max(r => r.Iteration).ToString(CultureInfo.InvariantCulture),
                Cell(r => r.TestAccuracy, "P1"), Cell(r => r.TrainLoss, "G3"), Cell(r => r.TrainAccuracyClean, "P1"), Cell(r => r.TrainAccuracyRandom, "P1"),
                Cell(r => r.Sharpness.Value, "G3"), Cell(r => r.SharpnessAbsolute.Value, "G3"), Cell(r => r.TopEigenvalue, "G3"), Cell(r => r.Ratio.Value, "F0"),
            ];
        }).ToArray();
    }

    /// <summary>The table as aligned plain text (console).</summary>
    public static string ToText(FashionMnistTable table)
    {
        var rows = Rows(table);
        var widths = Headers.Select((h, c) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length))).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((x, c) => c == 0 ? x.PadRight(widths[c]) : x.PadLeft(widths[c])));
        return string.Join('\n', [Line(Headers), .. rows.Select(Line)]) + "\n";
    }
}
