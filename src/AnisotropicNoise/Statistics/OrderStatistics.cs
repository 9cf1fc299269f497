namespace AnisotropicNoise.Statistics;

/// <summary>Quantiles of a sample and the distribution-free interval of its median.</summary>
public static class OrderStatistics
{
    /// <summary>The empirical <paramref name="p"/>-quantile, the ⌈pn⌉-th smallest value (+∞ values sort last).</summary>
    public static double Quantile(IEnumerable<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        Guard.OpenUnitInterval(p, nameof(p));
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("values must hold at least one value.", nameof(values));
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    /// <summary>
    /// The distribution-free 95% interval of the median: the order statistics <c>n/2 ∓ 1.96 √n / 2</c> of the sorted
    /// values (the binomial count of values below the median, in its normal approximation).
    /// </summary>
    public static (double Low, double High) MedianInterval(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("values must hold at least one value.", nameof(values));
        double half = WilsonInterval.Z95 * Math.Sqrt(sorted.Length) / 2;
        int low = Math.Max(0, (int)Math.Floor(sorted.Length / 2.0 - half) - 1), high = Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length / 2.0 + half) - 1);
        return (sorted[low], sorted[high]);
    }
}
