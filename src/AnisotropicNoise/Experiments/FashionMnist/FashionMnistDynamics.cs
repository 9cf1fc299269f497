using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Noise;

namespace AnisotropicNoise.Experiments;

/// <summary>The eight dynamics of PAPER.md §3 with the FashionMNIST experiment's settings.</summary>
public static class FashionMnistDynamics
{
    /// <summary>
    /// GD, GLD const, GLD dynamic, GLD diag, GLD leading, GLD Hessian, GLD 1st eigvec(H) and SGD.
    /// Every noise but GLD const is matched to SGD's magnitude <c>η² Tr Σ̂</c>, <c>Σ̂</c> from one
    /// shuffled pass; GLD leading and GLD Hessian recompute their structure every
    /// <see cref="FashionMnistSettings.LeadingRefreshEvery"/> steps, GLD 1st eigvec(H) every
    /// <see cref="FashionMnistSettings.EigenvectorRefreshEvery"/>; every noise draws at every step.
    /// </summary>
    public static IReadOnlyList<Dynamic> Create(FashionMnistSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var sigmaHat = CovarianceEstimator.ShuffledPass(settings.BatchSize);
        var matched = NoiseMagnitude.MatchedToSgd(sigmaHat);
        var gldConst = NoiseMagnitude.FixedGradientVariance(settings.GldConstSigma * settings.GldConstSigma);
        return
        [
            Dynamic.GradientDescent,
            Dynamic.Langevin(new IsotropicNoise(gldConst)),
            Dynamic.Langevin(new IsotropicNoise(matched)),
            Dynamic.Langevin(new DiagonalNoise(sigmaHat, matched)),
            Dynamic.Langevin(new LeadingNoise(sigmaHat, settings.LeadingCount, matched), settings.LeadingRefreshEvery),
            Dynamic.Langevin(new HessianNoise(settings.LeadingCount, matched, maxIterations: settings.LanczosBudget), settings.LeadingRefreshEvery),
            Dynamic.Langevin(new HessianEigenvectorNoise(matched, powerIterations: settings.PowerIterations), settings.EigenvectorRefreshEvery),
            Dynamic.Sgd(settings.BatchSize, withReplacement: false),
        ];
    }
}
