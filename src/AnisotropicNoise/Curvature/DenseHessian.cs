using AnisotropicNoise.Landscapes;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Curvature;

/// <summary>Builds a dense Hessian for small <c>D</c>: from <c>D</c> products with the unit vectors, or by finite differences of the gradient (to check).</summary>
public static class DenseHessian
{
    /// <summary>The matrix of <paramref name="op"/>, column <c>j</c> = <c>A e_j</c>, symmetrised as <c>(A + Aᵀ)/2</c>: <c>D</c> products.</summary>
    public static Matrix<double> FromProducts(ILinearOperator op)
    {
        ArgumentNullException.ThrowIfNull(op);
        var unit = new double[op.Dimension];
        return Columns(op.Dimension, (j, column) =>
        {
            unit[j] = 1;
            op.Apply(unit, column);
            unit[j] = 0;
        });
    }

    /// <summary>
    /// The Hessian of <paramref name="objective"/> at <paramref name="theta"/> by central differences of
    /// the gradient, <c>(∇L(θ + h e_j) − ∇L(θ − h e_j)) / 2h</c>, symmetrised: error <c>O(h²)</c>.
    /// </summary>
    public static Matrix<double> FromGradientDifferences(IObjective objective, ReadOnlySpan<double> theta, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(objective);
        int n = objective.Dimension;
        Guard.Length(theta.Length, n, nameof(theta));
        Guard.AllFinite(theta, nameof(theta));
        Guard.Positive(step, nameof(step));
        var point = theta.ToArray();
        var minus = new double[n];
        return Columns(n, (j, column) =>
        {
            double original = point[j];
            point[j] = original + step;
            objective.Gradient(point, column);
            point[j] = original - step;
            objective.Gradient(point, minus);
            point[j] = original;
            for (int i = 0; i < n; i++) column[i] = (column[i] - minus[i]) / (2 * step);
        });
    }

    private static Matrix<double> Columns(int n, Action<int, double[]> column)
    {
        var h = Matrix<double>.Build.Dense(n, n);
        var storage = h.AsColumnMajorArray(); // in place: at D = 11,330 the matrix alone is 1 GB
        var values = new double[n];
        for (int j = 0; j < n; j++)
        {
            column(j, values);
            values.CopyTo(storage, (long)j * n);
        }
        for (int j = 0; j < n; j++)
            for (int i = j + 1; i < n; i++)
            {
                double mean = 0.5 * (storage[(long)j * n + i] + storage[(long)i * n + j]);
                storage[(long)j * n + i] = storage[(long)i * n + j] = mean;
            }
        return h;
    }
}
