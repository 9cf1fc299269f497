namespace AnisotropicNoise.Landscapes;

/// <summary>
/// The one-dimensional double well <c>U(x) = (x² − 1)²</c>: minima at <c>x = ±1</c> (<c>U'' = 8</c>), a barrier
/// of height <c>ΔU = 1</c> at <c>x = 0</c> (<c>U'' = −4</c>). Under <c>dX = −U'(X) dt + √(2T) dW</c> its mean
/// first-passage times are known exactly, which makes it the check for escape-time estimates.
/// </summary>
public sealed class DoubleWell : IObjective
{
    /// <inheritdoc />
    public int Dimension => 1;

    /// <summary><c>U(x)</c>.</summary>
    public static double Potential(double x) => (x * x - 1) * (x * x - 1);

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
        double x = theta[0];
        gradient[0] = 4 * x * (x * x - 1);
        return Potential(x);
    }

    /// <summary>
    /// The exact mean time for <c>dX = −U'(X) dt + √(2T) dW</c> started at <paramref name="from"/> to first reach
    /// <paramref name="to"/> &gt; <paramref name="from"/>:
    /// <c>(1/T) ∫_{from}^{to} e^{U(y)/T} ∫_{−∞}^{y} e^{−U(z)/T} dz dy</c>, by the trapezoidal rule on
    /// <paramref name="intervals"/> intervals of <c>[from, to]</c> (the inner integral starts where <c>e^{−U/T}</c> is below <c>e^{−690}</c>).
    /// </summary>
    public static double ExactMeanFirstPassage(double temperature, double from = -1, double to = 0, int intervals = 200_000)
    {
        Guard.Positive(temperature, nameof(temperature));
        Guard.Finite(from, nameof(from));
        if (!(to > from) || !double.IsFinite(to)) throw new ArgumentOutOfRangeException(nameof(to), to, "to must be finite and above from.");
        Guard.InRange(intervals, 100, 100_000_000, nameof(intervals));
        // The grid has step h = (to − from)/intervals and reaches left to where e^{−U(z)/T} ≤ e^{−690},
        // i.e. U(z) ≥ 690 T, |z| ≥ √(1 + √(690 T)).
        double h = (to - from) / intervals;
        int leftSteps = Math.Max(0, (int)Math.Ceiling((from + Math.Sqrt(1 + Math.Sqrt(690 * temperature))) / h));
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
    /// Half of Kramers' mean crossing time, <c>(π / √(U''(−1) |U''(0)|)) e^{ΔU/T}</c>: the small-<c>T</c> limit of the
    /// mean time from the minimum to the barrier's top (from the top, half the paths fall back).
    /// </summary>
    public static double KramersHalfTime(double temperature) =>
        Math.PI / Math.Sqrt(8.0 * 4.0) * Math.Exp(1 / Guard.Positive(temperature, nameof(temperature)));
}
