using AnisotropicNoise.Noise;

namespace AnisotropicNoise.Dynamics;

/// <summary>
/// One member of the family <c>θ_{t+1} = θ_t − η g_t + ε_t</c>: where <c>g_t</c> comes from, which
/// noise <c>ε_t</c> is added, and how often the noise's distribution is recomputed.
/// </summary>
/// <param name="Name">The name used in tables and charts, as in the paper (<c>GD</c>, <c>SGD</c>, <c>GLD diag</c>, …).</param>
/// <param name="Gradient">The gradient of each step: full, or a minibatch for SGD.</param>
/// <param name="Noise">The added noise, or <c>null</c> for none.</param>
/// <param name="RefreshEvery">The noise's distribution is recomputed every this many steps; a fresh draw is made at every step.</param>
public sealed record Dynamic(string Name, IGradientSource Gradient, INoise? Noise = null, int RefreshEvery = 1)
{
    /// <summary>Plain gradient descent.</summary>
    public static Dynamic GradientDescent { get; } = new("GD", FullGradient.Instance);

    /// <summary>SGD with minibatches of <paramref name="batchSize"/> examples.</summary>
    public static Dynamic Sgd(int batchSize, bool withReplacement = true) =>
        new("SGD", new MinibatchGradient(batchSize, withReplacement));

    /// <summary>Full gradient plus <paramref name="noise"/>, named after the noise (gradient Langevin dynamics).</summary>
    public static Dynamic Langevin(INoise noise, int refreshEvery = 1) =>
        new(noise.Name, FullGradient.Instance, noise, refreshEvery);
}
