namespace AnisotropicNoise.Indicators;

/// <summary>
/// The ill-conditioning <c>(k, d)</c> of a PSD spectrum (condition 1 of Proposition 2, docs/science.md): for each
/// <c>k</c>, the largest exponent <c>d</c> with <c>λ_{k+1}, …, λ_D ≤ λ₁ D^{−d}</c>, that is
/// <c>d_k = ln(λ₁ / λ_{k+1}) / ln D</c> (infinite when <c>λ_{k+1} = 0</c>).
/// </summary>
public static class IllConditioning
{
    /// <summary>The exponent <c>d_k</c> for one <paramref name="k"/> in <c>[1, D − 1]</c>.</summary>
    /// <param name="spectrum">The eigenvalues (any order), finite, ≥ 0, largest &gt; 0, at least two.</param>
    /// <param name="k">The number of leading eigenvalues let through.</param>
    public static double Exponent(ReadOnlySpan<double> spectrum, int k)
    {
        var sorted = Sorted(spectrum);
        Guard.InRange(k, 1, sorted.Length - 1, nameof(k));
        return ExponentOfSorted(sorted, k);
    }

    /// <summary>The exponents <c>d_k</c> for every <c>k = 1 … D − 1</c> (entry <c>k − 1</c>), non-decreasing in <c>k</c>.</summary>
    public static double[] Profile(ReadOnlySpan<double> spectrum)
    {
        var sorted = Sorted(spectrum);
        var exponents = new double[sorted.Length - 1];
        for (int k = 1; k < sorted.Length; k++) exponents[k - 1] = ExponentOfSorted(sorted, k);
        return exponents;
    }

    private static double ExponentOfSorted(double[] sorted, int k) =>
        sorted[k] == 0 ? double.PositiveInfinity : Math.Log(sorted[0] / sorted[k]) / Math.Log(sorted.Length);

    internal static double[] Sorted(ReadOnlySpan<double> spectrum)
    {
        if (spectrum.Length < 2) throw new ArgumentException($"spectrum needs at least 2 eigenvalues; it has {spectrum.Length}.", nameof(spectrum));
        for (int i = 0; i < spectrum.Length; i++)
            if (!double.IsFinite(spectrum[i]) || spectrum[i] < 0)
                throw new ArgumentException($"spectrum[{i}] is {spectrum[i]}; a PSD spectrum has finite eigenvalues ≥ 0.", nameof(spectrum));
        var sorted = spectrum.ToArray();
        Array.Sort(sorted, (x, y) => y.CompareTo(x));
        if (sorted[0] <= 0) throw new ArgumentException("spectrum must have a positive largest eigenvalue.", nameof(spectrum));
        return sorted;
    }
}
