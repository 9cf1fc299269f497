using AnisotropicNoise.Indicators;

namespace AnisotropicNoise.Experiments.OneHiddenLayer;

/// <summary>What the one-hidden-layer experiment measures after one epoch.</summary>
/// <param name="Epoch">The epoch, from 1.</param>
/// <param name="Loss">The training loss.</param>
/// <param name="Accuracy">The training accuracy.</param>
/// <param name="Indicators">The escape indicators of the exact Hessian and the minibatch covariance <c>Σ̂</c> (exact <c>Tr H</c>).</param>
/// <param name="NoiseScale">McCandlish et al.'s exact <c>B_simple</c> and <c>B_noise</c> from every per-example gradient; null where the gradient is zero.</param>
public sealed record OneHiddenLayerEpoch(int Epoch, double Loss, double Accuracy, EscapeIndicators Indicators, GradientNoiseScale? NoiseScale)
{
    /// <summary><c>Tr(H Σ̂)</c>.</summary>
    public double TraceHSigma => Indicators.TraceHSigma.Value;

    /// <summary><c>Tr(H Σ̄̂) = Tr H · Tr Σ̂ / D</c>.</summary>
    public double TraceHSigmaBar => Indicators.TraceHSigmaBar.Value;

    /// <summary><c>Tr(H Σ̂) / Tr(H Σ̄̂)</c>.</summary>
    public double Ratio => Indicators.Ratio.Value;

    /// <summary>The alignment coefficient <c>a = u₁ᵀΣ̂u₁ · Tr H / (λ₁ Tr Σ̂)</c>.</summary>
    public double Alignment => Indicators.Alignment;

    /// <summary><c>Tr H</c> (exact).</summary>
    public double TraceH => Indicators.TraceH.Value;

    /// <summary><c>Tr Σ̂</c>.</summary>
    public double TraceSigma => Indicators.TraceSigma;

    /// <summary>H's largest eigenvalues, decreasing.</summary>
    public IReadOnlyList<double> TopEigenvalues => Indicators.TopEigenvalues;
}
