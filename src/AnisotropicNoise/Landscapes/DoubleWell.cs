namespace AnisotropicNoise.Landscapes;

/// <summary>
/// The one-dimensional double well <c>U(x) = k ((x/w)² − 1)²</c> of barrier height <c>k</c> and half-width <c>w</c>
/// (by default <c>U(x) = (x² − 1)²</c>): minima at <c>x = ±w</c> (<c>U'' = 8k/w²</c>), the barrier's top at
/// <c>x = 0</c> (<c>U'' = −4k/w²</c>). Its mean first-passage times are known exactly
/// (<see cref="Experiments.EscapeTimes.DoubleWellEscape.ExactMean"/>), which makes it the check for escape-time estimates.
/// </summary>
public sealed class DoubleWell : ScalarPotential
{
    /// <summary>The well with barrier height <paramref name="height"/> and half-width <paramref name="width"/>.</summary>
    public DoubleWell(double height = 1, double width = 1)
    {
        Height = Guard.Positive(height, nameof(height));
        Width = Guard.Positive(width, nameof(width));
    }

    /// <summary>The barrier height <c>k = ΔU</c>.</summary>
    public double Height { get; }

    /// <summary>The half-width <c>w</c>: the minima's distance from the barrier's top.</summary>
    public double Width { get; }

    /// <inheritdoc />
    public override double Potential(double x)
    {
        double u = x / Width;
        return Height * (u * u - 1) * (u * u - 1);
    }

    /// <summary><c>U''(±w) = 8k/w²</c>, the curvature at either minimum.</summary>
    public double CurvatureAtMinimum => 8 * Height / (Width * Width);

    /// <summary><c>U''(0) = −4k/w²</c>, the curvature at the barrier's top.</summary>
    public double CurvatureAtTop => -4 * Height / (Width * Width);

    /// <inheritdoc />
    public override double Slope(double x)
    {
        double u = x / Width;
        return 4 * Height * u * (u * u - 1) / Width;
    }
}
