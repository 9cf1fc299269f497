using System.Globalization;
using System.Text;
using AnisotropicNoise.Indicators;

namespace AnisotropicNoise.Experiments;

/// <summary>The outcome of one training run of the one-hidden-layer experiment.</summary>
/// <param name="Settings">The settings that produced it.</param>
/// <param name="Epochs">The measurements after each epoch.</param>
/// <param name="FinalSpectrum">Every eigenvalue of the final Hessian, decreasing.</param>
/// <param name="FinalBound">PAPER.md §2's bound at the final point.</param>
public sealed record OneHiddenLayerResult(
    OneHiddenLayerSettings Settings, IReadOnlyList<OneHiddenLayerEpoch> Epochs, IReadOnlyList<double> FinalSpectrum, AnisotropyBoundCheck FinalBound)
{
    /// <summary>The per-epoch table as CSV: <c>epoch,loss,accuracy,trace_h_sigma,trace_h_sigma_bar,ratio,alignment</c>.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("epoch,loss,accuracy,trace_h_sigma,trace_h_sigma_bar,ratio,alignment\n");
        foreach (var e in Epochs)
            csv.Append(CultureInfo.InvariantCulture, $"{e.Epoch},{e.Loss:R},{e.Accuracy:R},{e.TraceHSigma:R},{e.TraceHSigmaBar:R},{e.Ratio:R},{e.Alignment:R}\n");
        return csv.ToString();
    }
}
