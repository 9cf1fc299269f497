using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Curvature;

/// <summary>Leading eigenpairs of a symmetric <c>D × D</c> matrix: eigenvalues in decreasing order and orthonormal eigenvectors.</summary>
/// <param name="Dimension">The dimension <c>D</c> of each eigenvector.</param>
/// <param name="Values">The eigenvalues, decreasing.</param>
/// <param name="Vectors">The eigenvectors, column-major <c>D × Values.Length</c>: vector <c>i</c> is entries <c>[i·D, (i+1)·D)</c>.</param>
public sealed record Eigenpairs(int Dimension, double[] Values, double[] Vectors)
{
    /// <summary>The number of eigenpairs.</summary>
    public int Count => Values.Length;

    /// <summary>Eigenvector <paramref name="index"/>, a unit vector of length <see cref="Dimension"/>.</summary>
    public ReadOnlySpan<double> Vector(int index) => Vectors.AsSpan(Guard.InRange(index, 0, Count - 1, nameof(index)) * Dimension, Dimension);

    /// <summary>The first <paramref name="count"/> pairs of a full decomposition from <see cref="SymmetricEigen.Decompose"/>.</summary>
    internal static Eigenpairs Leading(double[] values, Matrix<double> vectors, int count)
    {
        int d = vectors.RowCount;
        var kept = new double[d * count];
        for (int j = 0; j < count; j++)
            for (int i = 0; i < d; i++) kept[j * d + i] = vectors[i, j];
        return new Eigenpairs(d, values[..count], kept);
    }

    /// <summary>
    /// Both eigenpairs of the symmetric 2×2 matrix <c>[[a, b], [b, d]]</c> in closed form: the
    /// eigenvectors are the rotation by half the angle of <c>((a − d)/2, b)</c>, which stays
    /// accurate when the eigenvalues are close.
    /// </summary>
    internal static Eigenpairs Symmetric2x2(double a, double b, double d)
    {
        double mean = (a + d) / 2, half = (a - d) / 2;
        double radius = Math.Sqrt(half * half + b * b);
        double angle = Math.Atan2(b, half) / 2;
        double cos = Math.Cos(angle), sin = Math.Sin(angle);
        return new Eigenpairs(2, [mean + radius, mean - radius], [cos, sin, -sin, cos]);
    }
}
