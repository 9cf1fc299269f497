namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>The exit rule "move at least a distance <c>r</c> from a centre": a run has exited once <c>‖x − c‖ ≥ r</c>.</summary>
public sealed class BallExit : IExitRule
{
    private readonly double[] _center;

    /// <summary>Exit at distance <paramref name="radius"/> from <paramref name="center"/>.</summary>
    /// <exception cref="ArgumentException">The centre is empty or not finite, or the radius is not positive and finite.</exception>
    public BallExit(double[] center, double radius)
    {
        _center = (double[])Guard.NonEmptyFinite(center, nameof(center)).Clone();
        Radius = Guard.Positive(radius, nameof(radius));
    }

    /// <summary>The radius.</summary>
    public double Radius { get; }

    /// <inheritdoc />
    public int Dimension => _center.Length;

    /// <inheritdoc />
    public bool GapIsDistance => true;

    /// <summary><c>r − ‖x − c‖</c>, the distance to the sphere, positive inside.</summary>
    public double Gap(ReadOnlySpan<double> x)
    {
        Guard.Length(x.Length, _center.Length, nameof(x));
        double squares = 0;
        for (int i = 0; i < x.Length; i++) squares += (x[i] - _center[i]) * (x[i] - _center[i]);
        return Radius - Math.Sqrt(squares);
    }
}
