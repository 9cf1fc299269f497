using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// Expected sharpness at <c>θ</c> under perturbations <c>ν ~ N(0, σ² I)</c>, by the two estimators the
/// authors' scripts log: the signed rise <c>E[L(θ + ν)] − L(θ)</c> (for a quadratic <c>σ² Tr H / 2</c>)
/// and the mean absolute change <c>E|L(θ + ν) − L(θ)|</c> (their <c>flatness.py</c>). Draws come in
/// antithetic pairs <c>(ν, −ν)</c>, which cancel the first-order term of the signed rise, and in rounds
/// until both standard errors are below the asked fraction of their values (or the cap is reached).
/// Pair <c>i</c> uses <see cref="RandomStream.ForTask"/>(seed, i), so the result does not depend on
/// the thread count.
/// </summary>
public static class ExpectedSharpness
{
    /// <summary>The paper's perturbation scale <c>σ = 0.01</c>.</summary>
    public const double PaperSigma = 0.01;

    /// <summary>
    /// Estimates the sharpness of <paramref name="objective"/> at <paramref name="theta"/>: rounds of
    /// <paramref name="minPairs"/> antithetic pairs until the standard error of each estimator is at most
    /// <paramref name="relativeError"/> of its absolute value, or <paramref name="maxPairs"/> pairs.
    /// </summary>
    /// <exception cref="ArgumentException">A length or a setting is out of range (named), or θ is not finite.</exception>
    public static SharpnessEstimate Estimate(
        IObjective objective, ReadOnlySpan<double> theta, long seed, double sigma = PaperSigma,
        double relativeError = 0.05, int minPairs = 20, int maxPairs = 1000)
    {
        ArgumentNullException.ThrowIfNull(objective);
        int n = objective.Dimension;
        Guard.Length(theta.Length, n, nameof(theta));
        Guard.AllFinite(theta, nameof(theta));
        Guard.Positive(sigma, nameof(sigma));
        Guard.NonNegative(relativeError, nameof(relativeError));
        Guard.InRange(minPairs, 2, int.MaxValue, nameof(minPairs));
        Guard.InRange(maxPairs, minPairs, int.MaxValue, nameof(maxPairs));
        var center = theta.ToArray();
        double baseline = objective.Loss(center);
        var signed = new List<double>();
        var absolute = new List<double>();
        while (true)
        {
            int from = signed.Count, count = Math.Min(minPairs, maxPairs - from);
            var roundSigned = new double[count];
            var roundAbsolute = new double[count];
            Parallel.For(0, count, k =>
            {
                var random = RandomStream.ForTask(seed, from + k);
                var plus = new double[n];
                var minus = new double[n];
                for (int j = 0; j < n; j++)
                {
                    double nu = sigma * random.NextGaussian();
                    plus[j] = center[j] + nu;
                    minus[j] = center[j] - nu;
                }
                double up = objective.Loss(plus) - baseline, down = objective.Loss(minus) - baseline;
                roundSigned[k] = (up + down) / 2;
                roundAbsolute[k] = (Math.Abs(up) + Math.Abs(down)) / 2;
            });
            signed.AddRange(roundSigned);
            absolute.AddRange(roundAbsolute);
            var result = new SharpnessEstimate(MonteCarloEstimate.Of(signed.ToArray()), MonteCarloEstimate.Of(absolute.ToArray()), sigma);
            if (signed.Count >= maxPairs || (Precise(result.Signed, relativeError) && Precise(result.Absolute, relativeError))) return result;
        }
    }

    private static bool Precise(MonteCarloEstimate estimate, double relativeError) =>
        estimate.StandardError <= relativeError * Math.Abs(estimate.Mean);
}

/// <summary>The two sharpness estimators at one point, each over the same antithetic pairs.</summary>
/// <param name="Signed">The signed rise <c>E[L(θ + ν)] − L(θ)</c>: each draw is a pair's mean <c>(ΔL(ν) + ΔL(−ν))/2</c>.</param>
/// <param name="Absolute">The authors' <c>E|L(θ + ν) − L(θ)|</c>: each draw is <c>(|ΔL(ν)| + |ΔL(−ν)|)/2</c>.</param>
/// <param name="Sigma">The perturbation scale <c>σ</c>.</param>
public sealed record SharpnessEstimate(MonteCarloEstimate Signed, MonteCarloEstimate Absolute, double Sigma)
{
    /// <summary>The antithetic pairs averaged (two loss evaluations each).</summary>
    public int Pairs => Signed.Draws;
}
