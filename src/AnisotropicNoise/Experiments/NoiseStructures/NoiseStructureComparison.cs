using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Toy2D;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.NoiseStructures;

/// <summary>
/// The 2-D experiment's noise structures side by side: each GLD noise prepared at one point of
/// <see cref="TwoWellLandscape"/> at the same trace, with its exact covariance, <c>Tr(HΣ)</c> and draws.
/// </summary>
public static class NoiseStructureComparison
{
    /// <summary>
    /// Builds the landscape from the 2-D experiment's repetition-0 data (same seed, same data), prepares
    /// each structure at <see cref="NoiseStructuresSettings.Point"/> and draws from structure <c>j</c>
    /// with stream (Seed, 1 + j).
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public static NoiseStructuresResult Run(NoiseStructuresSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var landscape = TwoWellLandscape.Generate(settings.Examples, RandomStream.ForTask(RandomStream.DeriveSeed(settings.Seed, 0), 0));
        double[] theta = [settings.Point.X, settings.Point.Y];
        var hessian = landscape.Hessian(theta);
        var toy = new Toy2DSettings { Examples = settings.Examples, NoiseTrace = settings.NoiseTrace };
        var structures = settings.Structures.Select(dynamic =>
        {
            var random = RandomStream.ForTask(settings.Seed, dynamic.StreamKey());
            var noise = Toy2DDynamics.Create(dynamic, toy).Noise!;
            var sampler = noise.Prepare(new NoiseContext(landscape, theta, toy.LearningRate, 0, random)).Sampler;
            var covariance = NoiseCovariance.Of(sampler);
            return new NoiseStructure(dynamic.DisplayName(), covariance, EscapeIndicators.Of(hessian, covariance), NoiseSamples.Draw(sampler, settings.Draws, random));
        }).ToArray();
        return new NoiseStructuresResult(settings, hessian, structures);
    }
}
