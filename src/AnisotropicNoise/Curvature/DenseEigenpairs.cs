using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Curvature;

/// <summary>
/// <see cref="Eigenpairs"/> from exact dense decompositions, which spend no operator products and
/// are converged to rounding (residual reported as 0).
/// </summary>
internal static class DenseEigenpairs
{
    /// <summary>The first <paramref name="count"/> pairs of a full decomposition from <see cref="SymmetricEigen.Decompose"/>.</summary>
    public static Eigenpairs Leading(double[] values, Matrix<double> vectors, int count) =>
        new(values[..count], vectors.SubMatrix(0, vectors.RowCount, 0, count), Products: 0, Residual: 0);

    /// <summary>The first <paramref name="count"/> (≥ 1) of <paramref name="pairs"/>.</summary>
    public static Eigenpairs First(Eigenpairs pairs, int count) =>
        count == pairs.Count ? pairs : Leading(pairs.Values, pairs.Vectors, count);

    /// <summary>The <paramref name="count"/> pairs of a full decomposition (values decreasing) that <paramref name="selection"/> wants, still decreasing.</summary>
    public static Eigenpairs Selected(double[] values, Matrix<double> vectors, int count, EigenSelection selection)
    {
        var wanted = selection.Pick(values, count);
        var columns = Matrix<double>.Build.Dense(vectors.RowCount, wanted.Length);
        for (int j = 0; j < wanted.Length; j++) columns.SetColumn(j, vectors.Column(wanted[j]));
        return new Eigenpairs(wanted.Select(i => values[i]).ToArray(), columns, Products: 0, Residual: 0);
    }

    /// <summary>
    /// Both eigenpairs of the symmetric 2×2 matrix <c>[[a, b], [b, d]]</c> in closed form: the
    /// eigenvectors are the rotation by half the angle of <c>((a − d)/2, b)</c>, which stays
    /// accurate when the eigenvalues are close.
    /// </summary>
    public static Eigenpairs Symmetric2x2(double a, double b, double d)
    {
        double mean = (a + d) / 2, half = (a - d) / 2;
        double radius = Math.Sqrt(half * half + b * b);
        double angle = Math.Atan2(b, half) / 2;
        double cos = Math.Cos(angle), sin = Math.Sin(angle);
        var vectors = Matrix<double>.Build.Dense(2, 2, [cos, sin, -sin, cos]);
        return new Eigenpairs([mean + radius, mean - radius], vectors, Products: 0, Residual: 0);
    }
}
