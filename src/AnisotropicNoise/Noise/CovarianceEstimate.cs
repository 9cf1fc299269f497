namespace AnisotropicNoise.Noise;

/// <summary>One estimate of SGD's gradient covariance at a point (<see cref="CovarianceEstimator.Estimate"/>).</summary>
/// <param name="Sigma">The estimated covariance <c>Σ̂</c>, as a factor.</param>
/// <param name="FullGradient"><c>∇L(θ)</c> when the estimate's minibatches covered every example once, else null.</param>
public sealed record CovarianceEstimate(CovarianceFactor Sigma, double[]? FullGradient);
