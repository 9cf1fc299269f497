using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// Expected sharpness <c>E_ν[L(θ + ν)] − L(θ)</c>, <c>ν ~ N(0, σ² I)</c>, averaged over seeded
/// draws (draw <c>i</c> uses <see cref="RandomStream.ForTask"/>(seed, i), so the result does not
/// depend on the thread count). For a quadratic it is <c>σ² Tr H / 2</c>.
/// </summary>
public static class ExpectedSharpness
{
    /// <summary>The paper's perturbation scale <c>σ = 0.01</c>.</summary>
    public const double PaperSigma = 0.01;

    /// <summary>Estimates the expected sharpness of <paramref name="objective"/> at <paramref name="theta"/> from <paramref name="draws"/> perturbations.</summary>
    public static MonteCarloEstimate Estimate(IObjective objective, ReadOnlySpan<double> theta, int draws, long seed, double sigma = PaperSigma)
    {
        ArgumentNullException.ThrowIfNull(objective);
        int n = objective.Dimension;
        Guard.Length(theta.Length, n, nameof(theta));
        Guard.AllFinite(theta, nameof(theta));
        Guard.Positive(draws, nameof(draws));
        Guard.Positive(sigma, nameof(sigma));
        var center = theta.ToArray();
        double baseline = objective.Loss(center);
        var rises = new double[draws];
        Parallel.For(0, draws, i =>
        {
            var random = RandomStream.ForTask(seed, i);
            var point = new double[n];
            for (int j = 0; j < n; j++) point[j] = center[j] + sigma * random.NextGaussian();
            rises[i] = objective.Loss(point) - baseline;
        });
        return MonteCarloEstimate.Of(rises);
    }
}
