using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Noise;

namespace AnisotropicNoise.Experiments;

/// <summary>The dynamics of the two-dimensional experiment, by their names in the paper.</summary>
public static class Toy2DDynamics
{
    /// <summary>Every dynamic, in the paper's order (SGD last: Fig. 2 itself has no SGD run).</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["GD", "GLD const", "GLD diag", "GLD leading", "GLD Hessian", "GLD 1st eigvec(H)", "SGD"];

    /// <summary>The position of <paramref name="name"/> in <see cref="Names"/>, which fixes its random streams.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static int IndexOf(string name)
    {
        int index = Names.ToList().IndexOf(name);
        if (index < 0)
            throw new ArgumentException($"unknown dynamic '{name}'; the dynamics are: {string.Join(", ", Names)}.", nameof(name));
        return index;
    }

    /// <summary>
    /// The dynamic <paramref name="name"/> with the settings' noise: every GLD variant has total
    /// variance <c>s</c>, shaped by <c>I</c>, <c>diag C</c>, <c>C</c>, <c>H</c> or <c>u₁</c>, with
    /// <c>C</c> the per-example gradient covariance divided by N and <c>H</c> the Hessian.
    /// </summary>
    public static Dynamic Create(string name, Toy2DSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var s = NoiseMagnitude.FixedTrace(settings.NoiseTrace);
        const int dimension = 2;
        return Names[IndexOf(name)] switch
        {
            "GD" => Dynamic.GradientDescent,
            "GLD const" => Dynamic.Langevin(new IsotropicNoise(s)),
            "GLD diag" => Dynamic.Langevin(new DiagonalNoise(CovarianceEstimator.PerExample, s)),
            "GLD leading" => Dynamic.Langevin(new LeadingNoise(CovarianceEstimator.PerExample, dimension, s)),
            "GLD Hessian" => Dynamic.Langevin(new HessianNoise(dimension, s)),
            "GLD 1st eigvec(H)" => Dynamic.Langevin(new HessianEigenvectorNoise(s)),
            _ => Dynamic.Sgd(settings.SgdBatchSize, withReplacement: false),
        };
    }
}
