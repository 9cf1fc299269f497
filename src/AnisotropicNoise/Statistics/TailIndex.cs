using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Statistics;

/// <summary>
/// The tail-index estimator of Mohammadi, Mohammadpour and Ogata (2015), the one Simsekli, Sagun and
/// Gürbüzbalaban (ICML 2019) apply to SGD's noise: split <c>K = K₁K₂</c> samples into <c>K₂</c> blocks of
/// <c>K₁</c>, sum each block, <c>Yᵢ = Σ_{j ∈ block i} Xⱼ</c>, and
/// <c>1/α̂ = (1/log K₁) [ (1/K₂) Σᵢ log|Yᵢ| − (1/K) Σⱼ log|Xⱼ| ]</c>.
/// </summary>
/// <remarks>
/// Why it works: for i.i.d. symmetric α-stable <c>X</c>, a block sum is <c>K₁^{1/α} X</c> in law, so the mean
/// of <c>log|Y|</c> exceeds that of <c>log|X|</c> by exactly <c>(1/α) log K₁</c>. For Gaussian (or any
/// finite-variance, centred) samples <c>Y ≈ √K₁ X</c> and the estimate tends to 2. The samples must be
/// centred (SGD's noise is: minibatch gradient minus full gradient).
/// </remarks>
public static class TailIndex
{
    /// <summary>The default block length <c>K₁ = ⌊√K⌋</c>.</summary>
    public static int DefaultBlockLength(int count) => Math.Max(2, (int)Math.Sqrt(Guard.Positive(count, nameof(count))));

    /// <summary>
    /// <c>α̂</c> from <paramref name="samples"/>, in blocks of <paramref name="blockLength"/> (0: <see cref="DefaultBlockLength"/>);
    /// samples past the last whole block are left out.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two whole blocks, a block length below 2, or a sample that is not finite or is exactly zero.</exception>
    public static double Estimate(ReadOnlySpan<double> samples, int blockLength = 0)
    {
        int k1 = blockLength == 0 ? DefaultBlockLength(samples.Length) : blockLength;
        if (k1 < 2) throw new ArgumentOutOfRangeException(nameof(blockLength), blockLength, "blockLength must be ≥ 2 (or 0 for ⌊√K⌋).");
        int k2 = samples.Length / k1;
        if (k2 < 2) throw new ArgumentException($"{samples.Length} samples make fewer than two blocks of {k1}.", nameof(samples));
        int k = k1 * k2;
        double meanLogX = 0, meanLogY = 0;
        for (int i = 0; i < k2; i++)
        {
            double block = 0;
            for (int j = i * k1; j < (i + 1) * k1; j++)
            {
                double x = samples[j];
                if (!double.IsFinite(x) || x == 0) throw new ArgumentException($"samples[{j}] is {x}; every sample must be finite and non-zero.", nameof(samples));
                block += x;
                meanLogX += Math.Log(Math.Abs(x));
            }
            meanLogY += Math.Log(Math.Abs(block));
        }
        meanLogX /= k;
        meanLogY /= k2;
        return FromInverse((meanLogY - meanLogX) / Math.Log(k1));
    }

    // The estimator is of 1/α; a value ≤ 0 (sampling noise around a very light tail) means α beyond any finite bound.
    private static double FromInverse(double inverse) => inverse > 0 ? 1 / inverse : double.PositiveInfinity;

    /// <summary>
    /// <c>α̂</c> with a bootstrap interval: the blocks of <paramref name="samples"/> resampled with
    /// replacement <paramref name="resamples"/> times (whole blocks, so each keeps its own sum), the
    /// estimate recomputed each time from the blocks' <c>Σ log|Xⱼ|</c> and <c>log|Yᵢ|</c>, and the central
    /// <paramref name="level"/> share of those estimates. The percentiles are taken of <c>1/α̂</c>, which the
    /// estimator is linear in, and inverted: where the interval of <c>1/α</c> reaches 0, that of <c>α</c> reaches +∞
    /// (and <c>α̂</c> is +∞ where <c>1/α̂ ≤ 0</c>).
    /// </summary>
    public static (double Alpha, double Low, double High) EstimateWithInterval(
        ReadOnlySpan<double> samples, RandomStream random, int resamples = 200, double level = 0.95, int blockLength = 0)
    {
        ArgumentNullException.ThrowIfNull(random);
        Guard.InRange(resamples, 10, 1_000_000, nameof(resamples));
        Guard.OpenUnitInterval(level, nameof(level));
        int k1 = blockLength == 0 ? DefaultBlockLength(samples.Length) : blockLength;
        double alpha = Estimate(samples, k1);
        int k2 = samples.Length / k1;
        var logX = new double[k2];
        var logY = new double[k2];
        for (int i = 0; i < k2; i++)
        {
            double block = 0;
            for (int j = i * k1; j < (i + 1) * k1; j++)
            {
                block += samples[j];
                logX[i] += Math.Log(Math.Abs(samples[j]));
            }
            logY[i] = Math.Log(Math.Abs(block));
        }
        var inverses = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            double sumX = 0, sumY = 0;
            for (int i = 0; i < k2; i++)
            {
                int b = random.NextInt(k2);
                sumX += logX[b];
                sumY += logY[b];
            }
            inverses[r] = (sumY / k2 - sumX / ((double)k1 * k2)) / Math.Log(k1);
        }
        Array.Sort(inverses);
        double tail = (1 - level) / 2;
        return (alpha, FromInverse(inverses[(int)Math.Ceiling((1 - tail) * (resamples - 1))]), FromInverse(inverses[(int)Math.Floor(tail * (resamples - 1))]));
    }
}
