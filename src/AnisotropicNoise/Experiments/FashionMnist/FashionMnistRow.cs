using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>The measurements of one dynamic, one seed, at one recorded iteration; every estimated value with its standard error.</summary>
/// <param name="Dynamic">The dynamic's display name.</param>
/// <param name="Seed">The dynamics seed of the run (GD, which draws nothing, runs once with the first seed).</param>
/// <param name="Iteration">Iterations since the sharp minimum.</param>
/// <param name="TestImages">The test images behind <paramref name="TestAccuracy"/>.</param>
/// <param name="TestAccuracy">Accuracy on those test images.</param>
/// <param name="TrainLoss">Loss on the (corrupted) training set.</param>
/// <param name="TrainAccuracyClean">Training accuracy on the images that kept their labels.</param>
/// <param name="TrainAccuracyRandom">Training accuracy on the images with random labels (how much of the noise is memorised); NaN without any.</param>
/// <param name="GradientNorm"><c>‖∇L‖</c> on the training set: how close to a stationary point.</param>
/// <param name="Sharpness">The signed expected sharpness <c>E[L(θ + ν)] − L(θ)</c> on the training set (antithetic pairs).</param>
/// <param name="SharpnessAbsolute">The scripts' <c>E|L(θ + ν) − L(θ)|</c> on the training set.</param>
/// <param name="TestSharpness">The signed expected sharpness on the test images.</param>
/// <param name="TestSharpnessAbsolute">The scripts' absolute one on the test images.</param>
/// <param name="TopEigenvalue">The top Hessian eigenvalue <c>λ₁</c> (Lanczos).</param>
/// <param name="TraceH"><c>Tr H</c> (Hutchinson).</param>
/// <param name="TraceSigma"><c>Tr Σ̂</c>, SGD's gradient covariance from one shuffled pass (gradient units).</param>
/// <param name="TraceHSigma"><c>Tr(HΣ̂)</c>, by Hessian-vector products.</param>
/// <param name="Ratio"><c>Tr(HΣ̂) / Tr(HΣ̄̂)</c>; NaN where the estimate of <c>Tr H</c> is not positive.</param>
public sealed record FashionMnistRow(
    string Dynamic, int Seed, int Iteration, int TestImages, double TestAccuracy, double TrainLoss,
    double TrainAccuracyClean, double TrainAccuracyRandom, double GradientNorm,
    Estimate Sharpness, Estimate SharpnessAbsolute, Estimate TestSharpness, Estimate TestSharpnessAbsolute,
    double TopEigenvalue, Estimate TraceH, double TraceSigma, Estimate TraceHSigma, Estimate Ratio) : ISeededRow;
