namespace AnisotropicNoise.Landscapes;

/// <summary>
/// The one-dimensional double well <c>U(x) = k ((x/w)² − 1)²</c> of barrier height <c>k</c> and half-width <c>w</c>
/// (by default <c>U(x) = (x² − 1)²</c>): minima at <c>x = ±w</c> (<c>U'' = 8k/w²</c>), the barrier's top at
/// <c>x = 0</c> (<c>U'' = −4k/w²</c>). Under <c>dX = −U'(X) dt + √(2T) dW</c> its mean first-passage times are
/// known exactly, which makes it the check for escape-time estimates.
/// </summary>
public sealed class DoubleWell : IObjective
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
    public int Dimension => 1;

    /// <summary><c>U(x)</c>.</summary>
    public double Potential(double x)
    {
        double u = x / Width;
        return Height * (u * u - 1) * (u * u - 1);
    }

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta)
    {
        Guard.Length(theta.Length, 1, nameof(theta));
        return Potential(theta[0]);
    }

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Guard.Length(theta.Length, 1, nameof(theta));
        Guard.Length(gradient.Length, 1, nameof(gradient));
        double u = theta[0] / Width;
        gradient[0] = 4 * Height * u * (u * u - 1) / Width;
        return Potential(theta[0]);
    }

    /// <summary>
    /// The exact mean time for <c>dX = −U'(X) dt + √(2T) dW</c> started at <paramref name="start"/> (default: the
    /// left minimum <c>−w</c>) to first reach <paramref name="to"/> &gt; <paramref name="start"/> (default: the top, 0):
    /// <c>(1/T) ∫_{from}^{to} e^{U(y)/T} ∫_{−∞}^{y} e^{−U(z)/T} dz dy</c>, by the trapezoidal rule on
    /// <paramref name="intervals"/> intervals of <c>[from, to]</c> (the inner integral starts where <c>e^{−U/T}</c> is below <c>e^{−690}</c>).
    /// </summary>
    public double ExactMeanFirstPassage(double temperature, double? start = null, double to = 0, int intervals = 200_000)
    {
        Guard.Positive(temperature, nameof(temperature));
        double from = Guard.Finite(start ?? -Width, nameof(start));
        if (!(to > from) || !double.IsFinite(to)) throw new ArgumentOutOfRangeException(nameof(to), to, "to must be finite and above the start.");
        Guard.InRange(intervals, 100, 100_000_000, nameof(intervals));
        // The grid has step h = (to − from)/intervals and reaches left to where e^{−U(z)/T} ≤ e^{−690},
        // i.e. U(z) ≥ 690 T, |z| ≥ w √(1 + √(690 T / k)).
        double h = (to - from) / intervals;
        int leftSteps = Math.Max(0, (int)Math.Ceiling((from + Width * Math.Sqrt(1 + Math.Sqrt(690 * temperature / Height))) / h));
        double Weight(int i) => Math.Exp(-Potential(from + i * h) / temperature);
        double inner = 0, outer = 0, previous = 0;
        for (int i = -leftSteps; i <= intervals; i++)
        {
            if (i > -leftSteps) inner += 0.5 * h * (Weight(i - 1) + Weight(i));
            if (i < 0) continue;
            double integrand = Math.Exp(Potential(from + i * h) / temperature) * inner;
            if (i > 0) outer += 0.5 * h * (previous + integrand);
            previous = integrand;
        }
        return outer / temperature;
    }

    /// <summary>
    /// Half of Kramers' mean crossing time, <c>(π / √(U''(−w) |U''(0)|)) e^{ΔU/T} = π w² / (√32 k) · e^{k/T}</c>: the
    /// small-<c>T</c> limit of the mean time from the minimum to the barrier's top (from the top, half the paths fall back).
    /// </summary>
    public double KramersHalfTime(double temperature) =>
        Math.PI * Width * Width / (Math.Sqrt(32.0) * Height) * Math.Exp(Height / Guard.Positive(temperature, nameof(temperature)));
}
