using System.Globalization;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Indicators;

namespace AnisotropicNoise.Plotting;

/// <summary>The experiments' result tables, formatted for notebooks.</summary>
public static class ResultTables
{
    /// <summary>The 2-D experiment's success table: per dynamic, escapes / runs, the rate and its 95% Wilson interval.</summary>
    public static HtmlTable Toy2DSuccess(Toy2DResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new HtmlTable(
            ["dynamic", "escaped / runs", "success rate", "95% Wilson interval"],
            result.Dynamics.Select(d => Row(d.Name, $"{d.Successes} / {d.Repetitions}", Format(d.Rate, "F2"),
                $"[{Format(d.Interval.Low, "F2")}, {Format(d.Interval.High, "F2")}]")).ToArray(),
            $"escape from the sharp minimum: η = {Format(result.Settings.LearningRate, "G4")}, s = {Format(result.Settings.NoiseTrace, "G4")}, {result.Settings.Steps} iterations");
    }

    /// <summary>The noise structures at equal trace: <c>Tr Σ</c>, <c>Tr(HΣ)</c> and its ratio to the isotropic noise's.</summary>
    public static HtmlTable NoiseStructures(NoiseStructuresResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new HtmlTable(
            ["noise", "Tr Σ", "Tr(HΣ)", "Tr(HΣ) / Tr(HΣ̄)"],
            result.Structures.Select(s => Row(s.Name, Format(s.TraceSigma, "G4"), Format(s.TraceHSigma, "G4"), Format(s.Ratio, "F3"))).ToArray(),
            $"at ({Format(result.Settings.Point.X, "G4")}, {Format(result.Settings.Point.Y, "G4")}); Tr(HΣ̄) = {Format(result.IsotropicTraceHSigma, "G4")}");
    }

    /// <summary>
    /// Ratio against the bound of PAPER.md §2, one row per instance: nominal (D, k, d, a), measured
    /// alignment and exponent, <c>Tr(HΣ)/Tr(HΣ̄)</c>, the bound <c>a D/(k + D^{1−d})²</c> and whether the ratio reaches it.
    /// </summary>
    public static HtmlTable Anisotropy(IReadOnlyList<AnisotropyMeasurement> measurements, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        return new HtmlTable(
            ["D", "k", "d", "a", "measured a", "measured d_k", "Tr(HΣ) / Tr(HΣ̄)", "bound", "ratio ≥ bound"],
            measurements.Select(m => Row(m.Dimension.ToString(CultureInfo.InvariantCulture), m.K.ToString(CultureInfo.InvariantCulture),
                Format(m.Exponent, "G3"), Format(m.A, "G3"), Format(m.MeasuredA, "G3"), Format(m.MeasuredExponent, "G3"),
                Format(m.Ratio, "G4"), Format(m.Bound, "G4"), m.Ratio >= m.Bound ? "yes" : "no")).ToArray(),
            caption);
    }

    /// <summary>
    /// The one-hidden-layer width sweep: per <c>D</c>, the final ratio, the alignment <c>a</c>, the
    /// intermediate bound, and the bound at the spectrum's best <c>(k, d)</c>.
    /// </summary>
    public static HtmlTable WidthSweep(IReadOnlyList<AnisotropyBoundCheck> sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        return new HtmlTable(
            ["D", "Tr(HΣ) / Tr(HΣ̄)", "a", "a·λ₁²·D/Tr(H)²", "k", "d_k", "a·D/(k + D^(1−d))²"],
            sweep.Select(c => Row(c.Dimension.ToString(CultureInfo.InvariantCulture), Format(c.Ratio, "G4"), Format(c.Alignment, "G3"),
                Format(c.Intermediate, "G4"), c.K.ToString(CultureInfo.InvariantCulture), Format(c.D, "G3"), Format(c.Bound, "G4"))).ToArray());
    }

    /// <summary>The FashionMNIST experiment's final values per dynamic, mean ± sd over seeds (<see cref="FashionMnistSummary"/>).</summary>
    public static HtmlTable FashionMnistFinals(FashionMnistTable table, string? caption = null) =>
        new(FashionMnistSummary.Headers, FashionMnistSummary.Rows(table), caption);

    /// <summary>The settings in which a FashionMNIST run departs from the authors' released scripts.</summary>
    public static HtmlTable FashionMnistDepartures(FashionMnistSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new HtmlTable(["setting", "here", "the authors' scripts"], settings.Departures().Select(d => Row(d.Setting, d.Here, d.Scripts)).ToArray());
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
