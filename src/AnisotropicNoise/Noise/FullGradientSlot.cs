namespace AnisotropicNoise.Noise;

/// <summary>
/// Where a noise's preparation leaves <c>∇L(θ)</c> when it computed it on the way (a shuffled pass whose minibatches cover
/// every example once), for the step to use instead of computing the full gradient again. The stepper hands one to each
/// refresh's <see cref="NoiseContext"/>; a reference, so copies of the context made with <c>with</c> share it.
/// </summary>
internal sealed class FullGradientSlot
{
    /// <summary>The gradient at the refresh's point, or null when the preparation did not compute it.</summary>
    public double[]? Value { get; set; }
}
