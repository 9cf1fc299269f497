using AnisotropicNoise.Indicators;
using Plotly.NET;
using AnisotropicNoise.Experiments.OneHiddenLayer;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>The charts of the one-hidden-layer experiment (the paper's Fig. 4, the final spectrum, the width sweep).</summary>
public static class OneHiddenLayerChart
{
    /// <summary>The paper's Fig. 4: <c>Tr(HΣ̂)</c> and <c>Tr(HΣ̄̂)</c> against the epoch, on a log axis.</summary>
    public static GenericChart Traces(OneHiddenLayerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var epochs = result.Epochs.Select(e => e.Epoch).ToArray();
        var chart = Chart.Combine(
        [
            Chart.Line<int, double, string>(x: epochs, y: result.Epochs.Select(e => e.TraceHSigma), Name: "Tr(HΣ)", ShowMarkers: true),
            Chart.Line<int, double, string>(x: epochs, y: result.Epochs.Select(e => e.TraceHSigmaBar), Name: "Tr(HΣ̄)", ShowMarkers: true),
        ]);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "epoch");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "trace", AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 760, 480);
    }

    /// <summary>
    /// McCandlish et al.'s exact <c>B_simple</c> and <c>B_noise</c> against the epoch, beside the paper's ratio
    /// <c>Tr(HΣ̂)/Tr(HΣ̄̂)</c>, on a log axis (epochs where the gradient is zero have no noise scale).
    /// </summary>
    public static GenericChart NoiseScales(OneHiddenLayerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var defined = result.Epochs.Where(e => e.NoiseScale is not null).ToArray();
        var chart = Chart.Combine(
        [
            Chart.Line<int, double, string>(x: defined.Select(e => e.Epoch), y: defined.Select(e => e.NoiseScale!.Simple.Value), Name: "B_simple = Tr Σ / |G|²", ShowMarkers: true),
            Chart.Line<int, double, string>(x: defined.Select(e => e.Epoch), y: defined.Select(e => e.NoiseScale!.Noise.Value), Name: "B_noise = Tr(HΣ) / GᵀHG", ShowMarkers: true),
            Chart.Line<int, double, string>(x: result.Epochs.Select(e => e.Epoch), y: result.Epochs.Select(e => e.Ratio), Name: "Tr(HΣ) / Tr(HΣ̄)", ShowMarkers: true),
            Chart.Line<int, double, string>(x: [1, result.Epochs.Count], y: [result.Settings.Examples, result.Settings.Examples], Name: $"N = {result.Settings.Examples} examples",
                LineColor: Color.fromString("gray"), LineDash: StyleParam.DrawingStyle.Dash),
        ]);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "epoch");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "batch size / ratio", AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 760, 480);
    }

    /// <summary>
    /// The final Hessian's eigenvalues against their rank, on log axes: a few outliers above a bulk near zero.
    /// Eigenvalues at or below the solver's round-off floor (<see cref="SymmetricEigen.RoundOffFloor"/>) are
    /// zero as far as the computation can tell: they are omitted, the floor is drawn, and the title counts them.
    /// </summary>
    public static GenericChart Spectrum(OneHiddenLayerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        double floor = SymmetricEigen.RoundOffFloor(result.FinalSpectrum);
        var resolved = result.FinalSpectrum.TakeWhile(v => v > floor).ToArray();
        int n = result.FinalSpectrum.Count;
        var chart = Chart.Combine(
        [
            Chart.Point<int, double, string>(x: Enumerable.Range(1, resolved.Length), y: resolved, Name: "λᵢ(H)"),
            Chart.Line<int, double, string>(x: [1, n], y: [floor, floor], Name: $"round-off floor D·ε·λ₁ = {floor:G2}",
                LineColor: Color.fromString("gray"), LineDash: StyleParam.DrawingStyle.Dash),
        ]);
        chart = Plotly.NET.Chart.withTitle($"{resolved.Length} of {n} eigenvalues above the round-off floor<br>the other {n - resolved.Length} are zero to solver precision: not drawn", null).Invoke(chart);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "rank i", AxisType: StyleParam.AxisType.Log);
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "eigenvalue", AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 760, 480);
    }

    /// <summary>The final ratio <c>Tr(HΣ̂)/Tr(HΣ̄̂)</c> against <c>D</c> over a width sweep, with the two lower bounds of Proposition 2 (docs/science.md, Proposition 2).</summary>
    public static GenericChart Sweep(IReadOnlyList<AnisotropyBoundCheck> sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var dims = sweep.Select(c => c.Dimension).ToArray();
        var chart = Chart.Combine(
        [
            Chart.Line<int, double, string>(x: dims, y: sweep.Select(c => c.Ratio), Name: "measured ratio", ShowMarkers: true),
            Chart.Line<int, double, string>(x: dims, y: sweep.Select(c => c.Intermediate), Name: "bound a·λ₁²·D/Tr(H)²", ShowMarkers: true),
            Chart.Line<int, double, string>(x: dims, y: sweep.Select(c => c.Bound), Name: "bound a·D/(k + D^(1−d))²", ShowMarkers: true),
        ]);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "D", AxisType: StyleParam.AxisType.Log);
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "Tr(HΣ) / Tr(HΣ̄)", AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 760, 480);
    }
}
