using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Curvature;

/// <summary>A dense symmetric matrix as a linear operator (for small <c>D</c>, and to check matrix-free paths).</summary>
public sealed class DenseOperator : ILinearOperator
{
    private readonly double[] _rows; // row-major D × D

    /// <summary>Wraps the symmetric matrix <paramref name="matrix"/> (copied).</summary>
    /// <exception cref="ArgumentException">Not square, not finite or not symmetric.</exception>
    public DenseOperator(Matrix<double> matrix)
    {
        MatrixChecks.Symmetric(matrix, nameof(matrix));
        Dimension = matrix.RowCount;
        _rows = matrix.ToRowMajorArray();
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        Guard.Length(v.Length, Dimension, nameof(v));
        Guard.Length(result.Length, Dimension, nameof(result));
        for (int i = 0; i < Dimension; i++)
            result[i] = VectorKernels.DotOneAccumulator(_rows.AsSpan(i * Dimension, Dimension), v);
    }
}
