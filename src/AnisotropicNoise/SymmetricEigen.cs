using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise;

/// <summary>Checked eigendecomposition of a dense symmetric matrix, eigenvalues in decreasing order.</summary>
public static class SymmetricEigen
{
    /// <summary>
    /// Decomposes the symmetric matrix <paramref name="matrix"/> into eigenvalues (decreasing) and
    /// orthonormal eigenvectors (columns, in the same order). With
    /// <paramref name="requirePositiveSemidefinite"/>, eigenvalues that are negative only by
    /// rounding are set to zero and a clearly negative one is an error.
    /// </summary>
    /// <exception cref="ArgumentException">Not square, not finite, not symmetric, or (when required) not PSD; the message names <paramref name="name"/>.</exception>
    public static (double[] Values, Matrix<double> Vectors) Decompose(Matrix<double> matrix, string name, bool requirePositiveSemidefinite = false)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        if (matrix.RowCount != matrix.ColumnCount || matrix.RowCount == 0)
            throw new ArgumentException($"{name} must be a non-empty square matrix; it is {matrix.RowCount}×{matrix.ColumnCount}.", name);
        double scale = 0;
        foreach (double x in matrix.Enumerate())
        {
            if (!double.IsFinite(x)) throw new ArgumentException($"{name} has a non-finite entry.", name);
            scale = Math.Max(scale, Math.Abs(x));
        }
        double tolerance = 1e-10 * Math.Max(scale, double.Epsilon) * matrix.RowCount;
        for (int i = 0; i < matrix.RowCount; i++)
            for (int j = i + 1; j < matrix.ColumnCount; j++)
                if (Math.Abs(matrix[i, j] - matrix[j, i]) > tolerance)
                    throw new ArgumentException($"{name} must be symmetric: entry ({i},{j}) is {matrix[i, j]} but ({j},{i}) is {matrix[j, i]}.", name);

        var evd = matrix.Evd(Symmetricity.Symmetric);
        int n = matrix.RowCount;
        var order = Enumerable.Range(0, n).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var values = order.Select(i => evd.EigenValues[i].Real).ToArray();
        var vectors = Matrix<double>.Build.Dense(n, n, (r, c) => evd.EigenVectors[r, order[c]]);
        if (requirePositiveSemidefinite)
        {
            for (int i = 0; i < n; i++)
            {
                if (values[i] < -tolerance)
                    throw new ArgumentException($"{name} must be positive semi-definite; it has eigenvalue {values[i]:G6}.", name);
                if (values[i] < 0) values[i] = 0;
            }
        }
        return (values, vectors);
    }
}
