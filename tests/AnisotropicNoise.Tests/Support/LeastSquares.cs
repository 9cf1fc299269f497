using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Support;

/// <summary>A test objective in any dimension: <c>ℓ_i(θ) = ½ (a_iᵀθ − y_i)²</c>, with closed-form gradients and Hessian.</summary>
internal sealed class LeastSquares : IFiniteSumObjective, IDenseHessian
{
    private readonly double[][] _a;
    private readonly double[] _y;

    public LeastSquares(int count, int dimension, long seed)
    {
        var random = new RandomStream(seed);
        _a = new double[count][];
        _y = new double[count];
        for (int i = 0; i < count; i++)
        {
            _a[i] = new double[dimension];
            for (int j = 0; j < dimension; j++) _a[i][j] = random.NextGaussian() * (j + 1);
            _y[i] = random.NextGaussian();
        }
    }

    public int Dimension => _a[0].Length;

    public int Count => _y.Length;

    public double Loss(ReadOnlySpan<double> theta)
    {
        double sum = 0;
        for (int i = 0; i < Count; i++) sum += 0.5 * Residual(theta, i) * Residual(theta, i);
        return sum / Count;
    }

    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) =>
        BatchGradient(theta, Enumerable.Range(0, Count).ToArray(), gradient);

    public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
    {
        gradient.Clear();
        double loss = 0;
        foreach (int i in indices)
        {
            double r = Residual(theta, i);
            loss += 0.5 * r * r;
            for (int j = 0; j < Dimension; j++) gradient[j] += r * _a[i][j] / indices.Length;
        }
        return loss / indices.Length;
    }

    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
    {
        for (int k = 0; k < indices.Length; k++)
        {
            double r = Residual(theta, indices[k]);
            for (int j = 0; j < Dimension; j++) gradients[k * Dimension + j] = r * _a[indices[k]][j];
        }
    }

    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        var h = Matrix<double>.Build.Dense(Dimension, Dimension);
        foreach (var a in _a)
            for (int r = 0; r < Dimension; r++)
                for (int c = 0; c < Dimension; c++) h[r, c] += a[r] * a[c] / Count;
        return h;
    }

    private double Residual(ReadOnlySpan<double> theta, int i)
    {
        double dot = 0;
        for (int j = 0; j < Dimension; j++) dot += _a[i][j] * theta[j];
        return dot - _y[i];
    }
}

/// <summary>An objective with a gradient and nothing else: no Hessian, not a finite sum.</summary>
internal sealed class GradientOnly(IObjective inner) : IObjective
{
    public int Dimension => inner.Dimension;

    public double Loss(ReadOnlySpan<double> theta) => inner.Loss(theta);

    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) => inner.Gradient(theta, gradient);
}
