namespace AnisotropicNoise.Experiments;

/// <summary>What the one-hidden-layer experiment measures after one epoch.</summary>
/// <param name="Epoch">The epoch, from 1.</param>
/// <param name="Loss">The training loss.</param>
/// <param name="Accuracy">The training accuracy.</param>
/// <param name="TraceHSigma"><c>Tr(H Σ̂)</c>.</param>
/// <param name="TraceHSigmaBar"><c>Tr(H Σ̄̂) = Tr H · Tr Σ̂ / D</c>.</param>
/// <param name="Ratio"><c>Tr(H Σ̂) / Tr(H Σ̄̂)</c>.</param>
/// <param name="Alignment">The alignment coefficient <c>a = u₁ᵀΣ̂u₁ · Tr H / (λ₁ Tr Σ̂)</c>.</param>
/// <param name="TraceH"><c>Tr H</c>.</param>
/// <param name="TraceSigma"><c>Tr Σ̂</c>.</param>
/// <param name="TopEigenvalues">H's largest eigenvalues, decreasing.</param>
public sealed record OneHiddenLayerEpoch(
    int Epoch, double Loss, double Accuracy, double TraceHSigma, double TraceHSigmaBar, double Ratio,
    double Alignment, double TraceH, double TraceSigma, IReadOnlyList<double> TopEigenvalues);
