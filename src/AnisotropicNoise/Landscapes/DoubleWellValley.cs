using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Landscapes;

/// <summary>
/// <see cref="FiniteSumDoubleWell"/> along <c>x</c> times a parabola of curvature <c>H_y</c> across it,
/// <c>L(x, y) = U(x) + ½ H_y y²</c>, as the mean of four examples
/// <c>ℓ_{s,t} = L + √κ (s Ψ(x) + t √H_y y)</c>, <c>s, t = ±1</c> (example <c>2(1 − s)/2 + (1 − t)/2</c>), with <c>Ψ' = a</c> the well's spread. The per-example
/// gradients have covariance <c>κ diag(a(x)², H_y)</c>, a minibatch of <c>B</c> drawn with replacement that over
/// <c>B</c>: near the left minimum <c>κ H / B</c>, SGD's noise proportional to the Hessian <c>diag(H_a, H_y)</c>. The
/// escape runs along <c>x</c>; <c>H_y</c> decides whether that is the sharp direction (<c>H_y &lt; H_a</c>) or the flat one.
/// </summary>
public sealed class DoubleWellValley : IFiniteSumObjective, IDenseHessian
{
    private readonly double _across;

    /// <summary>The valley over <paramref name="along"/> (the well and its noise scale <c>κ</c>) with curvature <paramref name="transverseCurvature"/> across.</summary>
    public DoubleWellValley(FiniteSumDoubleWell along, double transverseCurvature)
    {
        Along = along ?? throw new ArgumentNullException(nameof(along));
        TransverseCurvature = Guard.Positive(transverseCurvature, nameof(transverseCurvature));
        _across = Math.Sqrt(along.NoiseScale * TransverseCurvature);
    }

    /// <summary>The finite sum along <c>x</c>: the well, its spread and <c>κ</c>.</summary>
    public FiniteSumDoubleWell Along { get; }

    /// <summary>The well along <c>x</c>.</summary>
    public TunableDoubleWell Well => Along.Well;

    /// <summary><c>H_y</c>.</summary>
    public double TransverseCurvature { get; }

    /// <inheritdoc />
    public int Count => 4;

    /// <inheritdoc />
    public int Dimension => 2;

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta)
    {
        Guard.Length(theta.Length, 2, nameof(theta));
        return Well.Potential(theta[0]) + 0.5 * TransverseCurvature * theta[1] * theta[1];
    }

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Guard.Length(gradient.Length, 2, nameof(gradient));
        gradient[0] = Well.Slope(theta[0]);
        gradient[1] = TransverseCurvature * theta[1];
        return Loss(theta);
    }

    /// <inheritdoc />
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        Guard.Length(theta.Length, 2, nameof(theta));
        return Matrix<double>.Build.DenseOfDiagonalArray([Well.Second(theta[0]), TransverseCurvature]);
    }

    /// <inheritdoc />
    public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
    {
        if (indices.IsEmpty) throw new ArgumentException("the minibatch is empty.", nameof(indices));
        Guard.Length(theta.Length, 2, nameof(theta));
        Guard.Length(gradient.Length, 2, nameof(gradient));
        Span<int> along = indices.Length <= 256 ? stackalloc int[indices.Length] : new int[indices.Length];
        double t = 0;
        for (int k = 0; k < indices.Length; k++)
        {
            along[k] = indices[k] < 2 ? 0 : 1; // the sign along x: + for examples 0 and 1, − for 2 and 3
            t += Signs(indices[k]).T;
        }
        t /= indices.Length;
        double loss = Along.BatchGradient(theta[..1], along, gradient[..1]);
        gradient[1] = TransverseCurvature * theta[1] + t * _across;
        return loss + 0.5 * TransverseCurvature * theta[1] * theta[1] + t * _across * theta[1];
    }

    /// <inheritdoc />
    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
    {
        Guard.Length(gradients.Length, 2 * indices.Length, nameof(gradients));
        Guard.Length(theta.Length, 2, nameof(theta));
        Span<double> along = stackalloc double[2];
        Along.ExampleGradients(theta[..1], [0, 1], along);
        for (int k = 0; k < indices.Length; k++)
        {
            var (s, t) = Signs(indices[k]);
            gradients[2 * k] = s > 0 ? along[0] : along[1];
            gradients[2 * k + 1] = TransverseCurvature * theta[1] + t * _across;
        }
    }

    private static (double S, double T) Signs(int index) => index switch
    {
        0 => (1, 1),
        1 => (1, -1),
        2 => (-1, 1),
        3 => (-1, -1),
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "the valley has four examples, 0 to 3."),
    };
}
