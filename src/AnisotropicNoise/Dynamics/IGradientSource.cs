using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Dynamics;

/// <summary>Where a step's gradient comes from: the full gradient (GD, GLD) or a minibatch (SGD).</summary>
public interface IGradientSource
{
    /// <summary>Writes the step's gradient estimate into <paramref name="gradient"/> and returns the matching loss estimate.</summary>
    double Evaluate(IObjective objective, ReadOnlySpan<double> theta, RandomStream random, Span<double> gradient);
}
