using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Noise;

namespace AnisotropicNoise.Experiments.Toy2D;

/// <summary>The dynamics of the two-dimensional experiment, as the paper's typed dynamics.</summary>
public static class Toy2DDynamics
{
    /// <summary>
    /// Every dynamic of the experiment, in the paper's order (SGD last: Fig. 2 itself has no SGD run).
    /// GLD dynamic is not one: with the experiment's fixed noise size <c>s</c> it would be GLD const.
    /// </summary>
    public static IReadOnlyList<PaperDynamic> All { get; } =
    [
        PaperDynamic.Gd, PaperDynamic.GldConst, PaperDynamic.GldDiag, PaperDynamic.GldLeading,
        PaperDynamic.GldHessian, PaperDynamic.GldEigenvector, PaperDynamic.Sgd,
    ];

    /// <summary>The noisy GLD variants, the structures of Fig. 2's noise comparison.</summary>
    public static IReadOnlyList<PaperDynamic> NoiseStructures { get; } = All.Where(d => d is not (PaperDynamic.Gd or PaperDynamic.Sgd)).ToArray();

    /// <summary>Checks that <paramref name="dynamic"/> is one of <see cref="All"/>.</summary>
    /// <exception cref="ArgumentException">It is not; the message lists the dynamics.</exception>
    public static PaperDynamic Check(PaperDynamic dynamic, string name)
    {
        if (!All.Contains(dynamic))
            throw new ArgumentException($"{name}: {dynamic} is not a dynamic of the 2-D experiment; the dynamics are: {string.Join(", ", All.Select(d => d.DisplayName()))}.", name);
        return dynamic;
    }

    /// <summary>
    /// The dynamic <paramref name="dynamic"/> with the settings' noise: every GLD variant has total
    /// variance <c>s</c>, shaped by <c>I</c>, <c>diag C</c>, <c>C</c>, <c>H</c> or <c>u₁</c>, with
    /// <c>C</c> the per-example gradient covariance divided by N and <c>H</c> the Hessian; with
    /// <see cref="Toy2DSettings.NoiseTailIndex"/> below 2, that shape with α-stable tails.
    /// </summary>
    /// <exception cref="ArgumentException">The dynamic is not one of <see cref="All"/>.</exception>
    public static Dynamic Create(PaperDynamic dynamic, Toy2DSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var s = NoiseMagnitude.FixedTrace(settings.NoiseTrace);
        const int dimension = 2;
        Dynamic Langevin(INoise noise) =>
            Dynamic.Langevin(settings.NoiseTailIndex == 2 ? noise : new SubGaussianStableNoise(noise, settings.NoiseTailIndex));
        return Check(dynamic, nameof(dynamic)) switch
        {
            PaperDynamic.Gd => Dynamic.GradientDescent,
            PaperDynamic.GldConst => Langevin(new IsotropicNoise(s)),
            PaperDynamic.GldDiag => Langevin(new DiagonalNoise(CovarianceEstimator.PerExample, s)),
            PaperDynamic.GldLeading => Langevin(new LeadingNoise(CovarianceEstimator.PerExample, dimension, s)),
            PaperDynamic.GldHessian => Langevin(new HessianNoise(dimension, s)),
            PaperDynamic.GldEigenvector => Langevin(new HessianEigenvectorNoise(s)),
            _ => Dynamic.Sgd(settings.SgdBatchSize, withReplacement: false),
        };
    }
}
