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
        MatrixChecks.Symmetric(matrix, name);
        double scale = matrix.Enumerate().Max(Math.Abs);
        double tolerance = 1e-10 * Math.Max(scale, double.Epsilon) * matrix.RowCount;

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

    /// <summary>
    /// The round-off floor of a dense symmetric eigendecomposition, <c>n·ε·max|λ|</c> (ε = 2⁻⁵²): a
    /// backward-stable solver computes each eigenvalue to within a small multiple of <c>ε‖H‖₂</c> per
    /// dimension, so eigenvalues of smaller magnitude are not distinguishable from zero, whatever they print.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="eigenvalues"/> is empty or not finite.</exception>
    public static double RoundOffFloor(IReadOnlyList<double> eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Count == 0) throw new ArgumentException("eigenvalues must not be empty.", nameof(eigenvalues));
        foreach (double value in eigenvalues) Guard.Finite(value, nameof(eigenvalues));
        return eigenvalues.Count * Math.Pow(2, -52) * eigenvalues.Max(Math.Abs);
    }
}
