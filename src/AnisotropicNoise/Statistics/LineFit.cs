namespace AnisotropicNoise.Statistics;

/// <summary>
/// The weighted least-squares line <c>y = a + b x</c> through points with known standard errors (weights <c>1/SE²</c>),
/// the slope's standard error inflated by the Birge ratio <c>√(χ²/(n − 2))</c> when the points scatter more than their
/// errors allow (a line that does not fit says so in a wider interval, not a narrower one).
/// </summary>
/// <param name="Points">How many points.</param>
/// <param name="Intercept">The intercept <c>a</c>.</param>
/// <param name="Slope">The slope <c>b</c>.</param>
/// <param name="SlopeStandardError">The slope's standard error, inflated where <c>χ²/(n − 2) &gt; 1</c>.</param>
/// <param name="ChiSquarePerDegree">The weighted residual sum of squares over <c>n − 2</c> (NaN for two points).</param>
public sealed record LineFit(int Points, double Intercept, double Slope, double SlopeStandardError, double ChiSquarePerDegree)
{
    /// <summary>The slope's 95 % interval, <c>b ± 1.96 SE</c>.</summary>
    public (double Low, double High) SlopeInterval => (Slope - WilsonInterval.Z95 * SlopeStandardError, Slope + WilsonInterval.Z95 * SlopeStandardError);

    /// <summary>Fits <paramref name="y"/> against <paramref name="x"/> with standard errors <paramref name="standardErrors"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two points, lengths differ, a value is not finite, a standard error is not positive, or every x is the same.</exception>
    public static LineFit Weighted(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> standardErrors)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(standardErrors);
        int n = x.Count;
        if (n < 2) throw new ArgumentException("a line needs at least two points.", nameof(x));
        if (y.Count != n || standardErrors.Count != n) throw new ArgumentException($"x, y and standardErrors must have the same length ({n}, {y.Count}, {standardErrors.Count}).", nameof(y));
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) throw new ArgumentException($"point {i} is not finite: ({x[i]}, {y[i]}).", nameof(y));
            if (!(standardErrors[i] > 0) || !double.IsFinite(standardErrors[i])) throw new ArgumentException($"standardErrors[{i}] must be positive and finite; got {standardErrors[i]}.", nameof(standardErrors));
        }
        var w = standardErrors.Select(s => 1 / (s * s)).ToArray();
        double sw = w.Sum(), mx = Enumerable.Range(0, n).Sum(i => w[i] * x[i]) / sw, my = Enumerable.Range(0, n).Sum(i => w[i] * y[i]) / sw;
        double sxx = Enumerable.Range(0, n).Sum(i => w[i] * (x[i] - mx) * (x[i] - mx));
        if (!(sxx > 0)) throw new ArgumentException("x must take at least two values.", nameof(x));
        double slope = Enumerable.Range(0, n).Sum(i => w[i] * (x[i] - mx) * (y[i] - my)) / sxx, intercept = my - slope * mx;
        double chi = n > 2 ? Enumerable.Range(0, n).Sum(i => w[i] * Math.Pow(y[i] - intercept - slope * x[i], 2)) / (n - 2) : double.NaN;
        double inflation = n > 2 ? Math.Max(1, Math.Sqrt(chi)) : 1;
        return new LineFit(n, intercept, slope, inflation / Math.Sqrt(sxx), chi);
    }
}
