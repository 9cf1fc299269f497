namespace AnisotropicNoise.Experiments;

/// <summary>The measurements of one dynamic at one recorded iteration.</summary>
/// <param name="Dynamic">The dynamic's name.</param>
/// <param name="Iteration">Iterations since the sharp minimum.</param>
/// <param name="TestAccuracy">Accuracy on the test set.</param>
/// <param name="TrainLoss">Loss on the (corrupted) training set.</param>
/// <param name="Sharpness">Expected sharpness <c>E[L(θ + ν)] − L(θ)</c>, <c>ν ~ N(0, σ² I)</c>.</param>
/// <param name="TraceSigma"><c>Tr Σ̂</c>, SGD's gradient covariance from one shuffled pass (gradient units).</param>
/// <param name="TraceHSigma"><c>Tr(HΣ̂)</c>, by Hessian-vector products.</param>
/// <param name="TraceHSigmaBar"><c>Tr(HΣ̄̂) = Tr H · Tr Σ̂ / D</c>, <c>Tr H</c> by Hutchinson.</param>
/// <param name="Ratio"><c>Tr(HΣ̂) / Tr(HΣ̄̂)</c>; NaN where the estimate of <c>Tr H</c> is not positive (far from a minimum).</param>
public sealed record FashionMnistRow(
    string Dynamic, int Iteration, double TestAccuracy, double TrainLoss, double Sharpness,
    double TraceSigma, double TraceHSigma, double TraceHSigmaBar, double Ratio);
