using AnisotropicNoise.Experiments;
using Plotly.NET;
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

    /// <summary>Every eigenvalue of the final Hessian against its rank, on a log axis: a few outliers above a bulk near zero.</summary>
    public static GenericChart Spectrum(OneHiddenLayerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var positive = result.FinalSpectrum.TakeWhile(v => v > 0).ToArray();
        var chart = Chart.Point<int, double, string>(x: Enumerable.Range(1, positive.Length), y: positive, Name: "λᵢ(H)");
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "rank i", AxisType: StyleParam.AxisType.Log);
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "eigenvalue", AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 760, 480);
    }

    /// <summary>The final ratio <c>Tr(HΣ̂)/Tr(HΣ̄̂)</c> against <c>D</c> over a width sweep, with PAPER.md §2's two lower bounds.</summary>
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
