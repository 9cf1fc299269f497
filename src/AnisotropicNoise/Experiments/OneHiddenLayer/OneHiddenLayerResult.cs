using System.Globalization;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Indicators;

namespace AnisotropicNoise.Experiments.OneHiddenLayer;

/// <summary>The outcome of one training run of the one-hidden-layer experiment.</summary>
/// <param name="Settings">The settings that produced it.</param>
/// <param name="Epochs">The measurements after each epoch.</param>
/// <param name="FinalSpectrum">Every eigenvalue of the final Hessian, decreasing.</param>
/// <param name="FinalBound">Proposition 2's bound at the final point (docs/science.md, Proposition 2).</param>
public sealed record OneHiddenLayerResult(
    OneHiddenLayerSettings Settings, IReadOnlyList<OneHiddenLayerEpoch> Epochs, IReadOnlyList<double> FinalSpectrum, AnisotropyBoundCheck FinalBound)
{
    /// <summary>
    /// The per-epoch table (CSV: <c>epoch,loss,accuracy,trace_h_sigma,trace_h_sigma_bar,ratio,alignment,b_simple,b_noise</c>;
    /// the noise scales are NaN where the gradient is zero), with the final point's bound check as its note.
    /// </summary>
    public ResultTable Table => new(
        [new("epoch", "epoch"), new("loss", "loss"), new("accuracy", "accuracy"), new("trace_h_sigma", "Tr(HΣ)"),
            new("trace_h_sigma_bar", "Tr(HΣ̄)"), new("ratio", "ratio"), new("alignment", "a"), new("b_simple", "B_simple"), new("b_noise", "B_noise")],
        Epochs.Select(e => (IReadOnlyList<ResultCell>)
        [
            ResultCell.Of(e.Epoch), ResultCell.Of(e.Loss, "G4"), ResultCell.Of(e.Accuracy, "F3"), ResultCell.Of(e.TraceHSigma, "G4"),
            ResultCell.Of(e.TraceHSigmaBar, "G4"), ResultCell.Of(e.Ratio, "F1"), ResultCell.Of(e.Alignment, "F3"),
            ResultCell.Of(e.NoiseScale?.Simple.Value ?? double.NaN, "G4"), ResultCell.Of(e.NoiseScale?.Noise.Value ?? double.NaN, "G4"),
        ]),
        string.Create(CultureInfo.InvariantCulture,
            $"Fig. 4: {Settings.Examples} points, {Settings.HiddenUnits} hidden units (D = {Settings.Dimension}), Adam η = {Settings.LearningRate}, seed {Settings.Seed}; Σ̂ from {Settings.CovarianceBatches} minibatches of {Settings.CovarianceBatchSize}"),
        [string.Create(CultureInfo.InvariantCulture,
            $"final: ratio {FinalBound.Ratio:F1} ≥ bound a·λ₁²·D/Tr(H)² = {FinalBound.Intermediate:F1} ≥ a·D/(k + D^(1−d))² = {FinalBound.Bound:F2} (k = {FinalBound.K}, d = {FinalBound.D:F2})")]);
}
