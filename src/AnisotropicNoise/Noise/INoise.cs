namespace AnisotropicNoise.Noise;

/// <summary>
/// A noise structure of the dynamics <c>θ_{t+1} = θ_t − η∇L(θ_t) + ε_t</c>: at each refresh it
/// looks at the current point and fixes the zero-mean distribution of <c>ε_t</c>.
/// </summary>
public interface INoise
{
    /// <summary>The name used in tables and charts, as in the paper (for example <c>GLD diag</c>).</summary>
    string Name { get; }

    /// <summary>Fixes the distribution of the noise at the current point (and hands on <c>∇L</c> where it computed it).</summary>
    NoisePreparation Prepare(NoiseContext context);
}
