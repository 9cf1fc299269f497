using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>What a noise structure may look at when it is refreshed: the objective, the current point, the step, the last refresh's sampler.</summary>
/// <param name="Objective">The loss being minimised.</param>
/// <param name="Theta">The current parameters <c>θ_t</c> (read only; the array is the runner's).</param>
/// <param name="LearningRate">The learning rate <c>η</c> of the step the noise is added to.</param>
/// <param name="Step">The step index <c>t</c>, from 0.</param>
/// <param name="Random">The run's random stream, for noises whose preparation draws (minibatches, power iteration starts).</param>
/// <param name="Previous">
/// The sampler this noise prepared at the previous refresh of the same run, or <c>null</c> at the first:
/// a noise may start an iterative solve from what it carries (an <see cref="EigenpairSampler"/>'s
/// eigenvectors), so the noise object itself keeps no state between refreshes.
/// </param>
public sealed record NoiseContext(IObjective Objective, double[] Theta, double LearningRate, int Step, RandomStream Random, INoiseSampler? Previous = null);
