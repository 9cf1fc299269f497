namespace AnisotropicNoise.Noise;

/// <summary>What a noise's refresh (<see cref="INoise.Prepare"/>) hands the step.</summary>
/// <param name="Sampler">The noise's distribution at the refresh's point, drawn from at every step until the next refresh.</param>
/// <param name="FullGradient">
/// <c>∇L(θ)</c> at that point when the preparation computed it on the way (a shuffled pass whose minibatches cover every
/// example once, <see cref="CovarianceEstimator.ShuffledPass"/> with <c>fullGradientFromPass</c>), else null; a step that
/// takes the full gradient uses it instead of computing it again.
/// </param>
public sealed record NoisePreparation(INoiseSampler Sampler, double[]? FullGradient = null);
