using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise;

/// <summary>Checks on dense matrices that name the argument: shape, finiteness, symmetry, semi-definiteness.</summary>
internal static class MatrixChecks
{
    /// <summary>A non-empty, finite, square and symmetric (to rounding) matrix.</summary>
    public static void Symmetric(Matrix<double> matrix, string name)
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
    }

    /// <summary>A symmetric positive semi-definite matrix; returns its eigendecomposition (eigenvalues decreasing, clipped at 0).</summary>
    public static (double[] Values, Matrix<double> Vectors) PositiveSemidefinite(Matrix<double> matrix, string name) =>
        SymmetricEigen.Decompose(matrix, name, requirePositiveSemidefinite: true);

    /// <summary>Two matrices of the same dimension.</summary>
    public static void SameDimension(Matrix<double> a, Matrix<double> b, string nameA, string nameB)
    {
        if (a.RowCount != b.RowCount)
            throw new ArgumentException($"{nameB} is {b.RowCount}×{b.ColumnCount} but {nameA} is {a.RowCount}×{a.ColumnCount}; they must have the same dimension.", nameB);
    }
}
