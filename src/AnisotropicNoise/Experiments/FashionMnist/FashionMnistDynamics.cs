using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Noise;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>The eight dynamics of docs/science.md (The noise structures compared) with the FashionMNIST experiment's settings.</summary>
public static class FashionMnistDynamics
{
    /// <summary>
    /// The dynamic <paramref name="which"/> as the settings define it. Every noise but GLD const is
    /// matched to SGD's magnitude <c>η² Tr Σ̂</c>, <c>Σ̂</c> from one shuffled pass, except GLD leading
    /// under <see cref="LeadingScale.TopKOfSigmaHat"/>, which keeps the top-k part's own size
    /// <c>η² Σ̂_k</c>; GLD Hessian keeps the top-k eigenpairs by <see cref="FashionMnistSettings.HessianSelection"/>; GLD leading and GLD Hessian recompute their structure every
    /// <see cref="FashionMnistSettings.NoiseRefreshEvery"/> steps, GLD 1st eigvec(H) every
    /// <see cref="FashionMnistSettings.EigenvectorRefreshEvery"/>.
    /// </summary>
    public static Dynamic Create(PaperDynamic which, FashionMnistSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sigmaHat = CovarianceEstimator.ShuffledPass(settings.BatchSize, settings.GradientFromShuffledPass);
        var matched = NoiseMagnitude.MatchedToSgd(sigmaHat);
        return which switch
        {
            PaperDynamic.Gd => Dynamic.GradientDescent,
            PaperDynamic.GldConst => Dynamic.Langevin(new IsotropicNoise(NoiseMagnitude.FixedGradientVariance(settings.GldConstSigma * settings.GldConstSigma))),
            PaperDynamic.GldDynamic => Dynamic.Langevin(new IsotropicNoise(matched)),
            PaperDynamic.GldDiag => Dynamic.Langevin(new DiagonalNoise(sigmaHat, matched)),
            PaperDynamic.GldLeading => Dynamic.Langevin(Leading(settings, sigmaHat, matched), settings.NoiseRefreshEvery),
            PaperDynamic.GldHessian => Dynamic.Langevin(
                new HessianNoise(settings.LeadingCount, matched, maxIterations: settings.LanczosBudget, selection: settings.HessianSelection,
                    signedSumScale: settings.HessianScale == HessianScale.ScriptsSignedSum), settings.NoiseRefreshEvery),
            PaperDynamic.GldEigenvector => Dynamic.Langevin(
                new HessianEigenvectorNoise(matched, powerIterations: settings.PowerIterations, warmStart: settings.EigenvectorWarmStart, tolerance: settings.EigenvectorTolerance,
                    warmSolver: settings.EigenvectorWarmSolver, start: settings.EigenvectorStart),
                settings.EigenvectorRefreshEvery),
            PaperDynamic.Sgd => Dynamic.Sgd(settings.BatchSize, withReplacement: false),
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, "not one of the paper's dynamics."),
        };
    }

    private static INoise Leading(FashionMnistSettings settings, CovarianceEstimator sigmaHat, NoiseMagnitude matched)
    {
        var noise = new LeadingNoise(sigmaHat, settings.LeadingCount, matched, matchTrace: settings.LeadingScale == LeadingScale.MatchedTrace);
        return settings.LeadingDrawsEveryStep ? noise : new DrawOnRefreshOnly(noise);
    }
}
