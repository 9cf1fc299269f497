namespace AnisotropicNoise.Statistics;

/// <summary>An estimated value and its standard error.</summary>
/// <param name="Value">The estimate.</param>
/// <param name="StandardError">Its standard error (0 for an exact value, NaN where none is defined).</param>
public readonly record struct Estimate(double Value, double StandardError)
{
    /// <summary>An exact value: standard error 0.</summary>
    public static Estimate Exact(double value) => new(value, 0);

    /// <summary><c>value ± standard error</c> (4 significant digits; the value alone when it is exact).</summary>
    public override string ToString() => StandardError == 0
        ? Value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value:G4} ± {StandardError:G2}");

    /// <summary>
    /// The sum <c>Σ_j a_j</c> of roughly independent terms as an estimate of its expectation, with standard
    /// error <c>√B · sd(a)</c> (NaN for fewer than two terms).
    /// </summary>
    public static Estimate Sum(IReadOnlyList<double> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count < 2) return new Estimate(terms.Sum(), double.NaN);
        double mean = terms.Average(), squares = terms.Sum(a => (a - mean) * (a - mean));
        return new Estimate(terms.Sum(), Math.Sqrt(terms.Count * squares / (terms.Count - 1)));
    }

    /// <summary>The mean of independent <paramref name="values"/>, with standard error <c>sd/√n</c> (NaN for fewer than two).</summary>
    public static Estimate Mean(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("values must hold at least one value.", nameof(values));
        double mean = values.Average();
        return values.Count < 2 ? new Estimate(mean, double.NaN) : new Estimate(mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) / values.Count));
    }

    /// <summary>The estimate of a Monte Carlo mean.</summary>
    public static Estimate Of(MonteCarloEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new Estimate(estimate.Mean, estimate.StandardError);
    }
}
