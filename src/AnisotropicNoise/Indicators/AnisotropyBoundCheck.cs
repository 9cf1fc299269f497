namespace AnisotropicNoise.Indicators;

/// <summary>A measured ratio <c>Tr(HΣ)/Tr(HΣ̄)</c> beside the lower bounds of Proposition 2 (docs/science.md, Proposition 2) at the same point.</summary>
/// <param name="Dimension">The dimension <c>D</c>.</param>
/// <param name="Ratio">The measured ratio.</param>
/// <param name="Alignment">The alignment coefficient <c>a</c>.</param>
/// <param name="Intermediate">The bound <c>a λ₁² D / Tr(H)²</c>.</param>
/// <param name="Bound">The bound <c>a D / (k + D^{1−d})²</c> at the <c>(k, d)</c> of the spectrum that makes it largest.</param>
/// <param name="K">That <c>k</c>.</param>
/// <param name="D">That exponent <c>d</c>.</param>
public sealed record AnisotropyBoundCheck(int Dimension, double Ratio, double Alignment, double Intermediate, double Bound, int K, double D)
{
    /// <summary>Compares the ratio with the bounds for a spectrum (decreasing, PSD) and an alignment coefficient.</summary>
    public static AnisotropyBoundCheck Of(double ratio, double alignment, IReadOnlyList<double> spectrum)
    {
        var values = spectrum.ToArray();
        double intermediate = AnisotropyBound.Intermediate(alignment, values[0], values.Sum(), values.Length);
        var (bound, k, d) = AnisotropyBound.Best(alignment, values);
        return new AnisotropyBoundCheck(values.Length, ratio, alignment, intermediate, bound, k, d);
    }
}
