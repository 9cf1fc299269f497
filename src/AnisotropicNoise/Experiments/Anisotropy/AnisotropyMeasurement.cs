using AnisotropicNoise.Experiments.Tables;
namespace AnisotropicNoise.Experiments.Anisotropy;

/// <summary>One row of a "ratio against the bound" table: an instance's nominal conditions, what the indicators measure, and the bounds.</summary>
/// <param name="Dimension">The dimension <c>D</c>.</param>
/// <param name="K">The nominal <c>k</c> of condition 1.</param>
/// <param name="Exponent">The nominal exponent <c>d</c> of condition 1.</param>
/// <param name="A">The nominal alignment <c>a</c> of condition 2.</param>
/// <param name="Ratio">The measured <c>Tr(HΣ) / Tr(HΣ̄)</c>.</param>
/// <param name="Bound">The bound <c>a D / (k + D^{1−d})²</c> at the nominal <c>(k, d, a)</c>.</param>
/// <param name="MeasuredA">The measured alignment coefficient.</param>
/// <param name="MeasuredExponent">The measured exponent <c>d_k</c> at the nominal <c>k</c>.</param>
/// <param name="Intermediate">The intermediate bound <c>a λ₁² D / Tr(H)²</c> at the measured <c>a</c>.</param>
public sealed record AnisotropyMeasurement(
    int Dimension, int K, double Exponent, double A,
    double Ratio, double Bound, double MeasuredA, double MeasuredExponent, double Intermediate)
{
    /// <summary>
    /// Ratio against the bound, one row per instance: nominal (D, k, d, a), measured alignment and
    /// exponent, <c>Tr(HΣ)/Tr(HΣ̄)</c>, the bound <c>a D/(k + D^{1−d})²</c> and whether the ratio reaches it.
    /// </summary>
    public static ResultTable Table(IReadOnlyList<AnisotropyMeasurement> measurements, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        return new ResultTable(
            [new("dimension", "D"), new("k", "k"), new("d", "d"), new("a", "a"), new("measured_a", "measured a"), new("measured_d", "measured d_k"),
                new("ratio", "Tr(HΣ) / Tr(HΣ̄)"), new("bound", "bound"), new("reaches_bound", "ratio ≥ bound")],
            measurements.Select(m => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(m.Dimension), ResultCell.Of(m.K), ResultCell.Of(m.Exponent, "G3"), ResultCell.Of(m.A, "G3"),
                ResultCell.Of(m.MeasuredA, "G3"), ResultCell.Of(m.MeasuredExponent, "G3"), ResultCell.Of(m.Ratio, "G4"), ResultCell.Of(m.Bound, "G4"),
                ResultCell.Of(m.Ratio >= m.Bound ? "yes" : "no"),
            ]),
            caption);
    }
}
