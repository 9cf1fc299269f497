namespace AnisotropicNoise.Landscapes;

/// <summary>
/// A one-dimensional double well whose barrier and curvatures are set independently: the top at <c>x = 0</c> with
/// curvature <c>H_b &lt; 0</c>, the left minimum at <c>−W_a</c> with curvature <c>H_a</c> and barrier <c>ΔL</c> above it,
/// the right minimum at <c>W_c</c> with its own <c>H_c</c> and barrier <c>ΔL_c</c> (by default the mirror image). Each side
/// is a quartic between its minimum and the top (<c>W = √(12 ΔL / (H − H_b))</c>) and a parabola of the minimum's
/// curvature beyond it; <c>U(−W_a) = 0</c>. Built for escape-time scaling laws: <c>ΔL</c>, <c>H_a</c> and <c>H_b</c>
/// enter Kramers' formula separately.
/// </summary>
public sealed class TunableDoubleWell : ScalarPotential
{
    private readonly WellFlank _left, _right;

    /// <summary>The well with barrier <paramref name="barrier"/> above the left minimum, curvatures <paramref name="curvature"/> there and <paramref name="topCurvature"/> (&lt; 0) at the top.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A barrier or minimum's curvature is not positive, or the top's curvature is not negative.</exception>
    public TunableDoubleWell(double barrier = 1, double curvature = 2, double topCurvature = -2, double? rightBarrier = null, double? rightCurvature = null)
    {
        Guard.Positive(barrier, nameof(barrier));
        Guard.Positive(curvature, nameof(curvature));
        if (!(topCurvature < 0) || !double.IsFinite(topCurvature))
            throw new ArgumentOutOfRangeException(nameof(topCurvature), topCurvature, "the top's curvature must be negative and finite.");
        _left = new WellFlank(barrier, curvature, topCurvature);
        _right = new WellFlank(Guard.Positive(rightBarrier ?? barrier, nameof(rightBarrier)), Guard.Positive(rightCurvature ?? curvature, nameof(rightCurvature)), topCurvature);
    }

    /// <summary>The barrier <c>ΔL</c> above the left minimum.</summary>
    public double Barrier => _left.Barrier;

    /// <summary>The curvature <c>H_a</c> at the left minimum.</summary>
    public double Curvature => _left.Curvature;

    /// <summary>The curvature <c>H_b</c> (&lt; 0) at the top, <c>x = 0</c>.</summary>
    public double TopCurvature => _left.TopCurvature;

    /// <summary>The barrier <c>ΔL_c</c> above the right minimum.</summary>
    public double RightBarrier => _right.Barrier;

    /// <summary>The curvature <c>H_c</c> at the right minimum.</summary>
    public double RightCurvature => _right.Curvature;

    /// <summary>The left minimum, <c>−W_a</c>.</summary>
    public double LeftMinimum => -_left.Width;

    /// <summary>The right minimum, <c>W_c</c>.</summary>
    public double RightMinimum => _right.Width;

    /// <inheritdoc />
    public override double Potential(double x) => x < 0 ? _left.Value(x + _left.Width) : Barrier - RightBarrier + _right.Value(_right.Width - x);

    /// <inheritdoc />
    public override double Slope(double x) => x < 0 ? _left.Slope(x + _left.Width) : -_right.Slope(_right.Width - x);

    /// <summary><c>U''(x)</c>.</summary>
    public double Second(double x) => x < 0 ? _left.Second(x + _left.Width) : _right.Second(_right.Width - x);

    /// <summary>The spread <c>a(x)</c> of <see cref="FiniteSumDoubleWell"/>'s per-example gradients: <c>√H</c> at each minimum and beyond it, <c>√|H_b|</c> at the top, linear in <c>U</c> between.</summary>
    internal double Spread(double x) => x < 0 ? _left.Spread(x + _left.Width) : _right.Spread(_right.Width - x);

    /// <summary><c>Ψ(x) = ∫₀^x a</c>.</summary>
    internal double SpreadIntegral(double x) => x < 0
        ? _left.SpreadIntegral(x + _left.Width) - _left.SpreadIntegral(_left.Width)
        : _right.SpreadIntegral(_right.Width) - _right.SpreadIntegral(_right.Width - x);
}
