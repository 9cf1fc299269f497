namespace AnisotropicNoise.Landscapes;

/// <summary>
/// One side of <see cref="TunableDoubleWell"/>, in the distance <c>s</c> from its minimum toward the barrier's top:
/// on <c>[0, W]</c> the quartic <c>½ H s² + c₃ s³ + c₄ s⁴</c> with value 0, slope 0 and curvature <c>H</c> at the
/// minimum and value <c>ΔL</c>, slope 0 and curvature <c>H_b &lt; 0</c> at the top, which fixes
/// <c>W = √(12 ΔL / (H − H_b))</c>, <c>c₃ = −(2H + H_b)/(3W)</c>, <c>c₄ = (H + H_b)/(4W²)</c> (its slope has no other
/// zero inside); for <c>s &lt; 0</c> the wall <c>½ H s²</c>, which joins it with two continuous derivatives.
/// </summary>
internal sealed class WellFlank
{
    private readonly double _c3, _c4;

    public WellFlank(double barrier, double curvature, double topCurvature)
    {
        Barrier = barrier;
        Curvature = curvature;
        TopCurvature = topCurvature;
        Width = Math.Sqrt(12 * barrier / (curvature - topCurvature));
        _c3 = -(2 * curvature + topCurvature) / (3 * Width);
        _c4 = (curvature + topCurvature) / (4 * Width * Width);
    }

    /// <summary>The barrier <c>ΔL</c> seen from this side's minimum.</summary>
    public double Barrier { get; }

    /// <summary>The curvature <c>H</c> at this side's minimum.</summary>
    public double Curvature { get; }

    /// <summary>The curvature <c>H_b &lt; 0</c> at the top.</summary>
    public double TopCurvature { get; }

    /// <summary>The distance <c>W</c> from the minimum to the top.</summary>
    public double Width { get; }

    public double Value(double s) => s <= 0 ? 0.5 * Curvature * s * s : s * s * (0.5 * Curvature + s * (_c3 + s * _c4));

    public double Slope(double s) => s <= 0 ? Curvature * s : s * (Curvature + s * (3 * _c3 + s * 4 * _c4));

    public double Second(double s) => s <= 0 ? Curvature : Curvature + s * (6 * _c3 + s * 12 * _c4);

    /// <summary><c>∫₀^s Value</c>.</summary>
    public double Integral(double s) => s <= 0 ? Curvature * s * s * s / 6 : s * s * s * (Curvature / 6 + s * (_c3 / 4 + s * _c4 / 5));

    /// <summary>
    /// The spread <c>a(s) = √H + (√|H_b| − √H) Value(s)/ΔL</c> (<c>√H</c> on the wall) of <see cref="FiniteSumDoubleWell"/>'s
    /// per-example gradients: <c>a² = H</c> at the minimum and <c>|H_b|</c> at the top.
    /// </summary>
    public double Spread(double s) => s <= 0 ? Math.Sqrt(Curvature) : Math.Sqrt(Curvature) + SpreadRise * Value(s);

    /// <summary><c>∫₀^s Spread</c>.</summary>
    public double SpreadIntegral(double s) => s <= 0 ? Math.Sqrt(Curvature) * s : Math.Sqrt(Curvature) * s + SpreadRise * Integral(s);

    private double SpreadRise => (Math.Sqrt(-TopCurvature) - Math.Sqrt(Curvature)) / Barrier;
}
