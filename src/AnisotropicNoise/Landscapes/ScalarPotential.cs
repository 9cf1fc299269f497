namespace AnisotropicNoise.Landscapes;

/// <summary>A loss of one parameter given by its potential <c>U(x)</c> and slope <c>U'(x)</c>.</summary>
public abstract class ScalarPotential : IObjective
{
    /// <inheritdoc />
    public int Dimension => 1;

    /// <summary><c>U(x)</c>.</summary>
    public abstract double Potential(double x);

    /// <summary><c>U'(x)</c>.</summary>
    public abstract double Slope(double x);

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
        gradient[0] = Slope(theta[0]);
        return Potential(theta[0]);
    }
}
