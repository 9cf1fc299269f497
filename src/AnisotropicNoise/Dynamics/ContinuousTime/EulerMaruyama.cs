using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Dynamics.ContinuousTime;

/// <summary>
/// The Euler–Maruyama scheme for <c>dθ = −∇L(θ) dt + Σ^{1/2} dW</c>:
/// <c>θ ← θ − ∇L(θ) Δt + √Δt ξ</c>, <c>ξ ~ N(0, Σ)</c>, run by <see cref="DynamicsRunner"/> as a
/// gradient step of size Δt with noise of covariance <c>Δt Σ</c>. Recorded step <c>n</c> is time <c>n Δt</c>.
/// </summary>
public static class EulerMaruyama
{
    /// <summary>The name of the dynamic in trajectories.</summary>
    public const string Name = "Euler–Maruyama";

    /// <summary>Simulates <paramref name="steps"/> steps of size <paramref name="timeStep"/> with diffusion covariance that of <paramref name="diffusion"/> (not shared across threads).</summary>
    public static Trajectory Run(
        IObjective objective, ReadOnlySpan<double> start, INoiseSampler diffusion, double timeStep, int steps,
        RandomStream random, Recording? recording = null)
    {
        ArgumentNullException.ThrowIfNull(diffusion);
        Guard.Positive(timeStep, nameof(timeStep));
        var noise = new FixedNoise(Name, new ScaledSampler(diffusion, Math.Sqrt(timeStep)));
        return DynamicsRunner.Run(objective, start, Dynamic.Langevin(noise), new GradientStep(timeStep), steps, random, recording);
    }
}
