using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Curvature;

/// <summary>Eigenpairs of a symmetric operator: eigenvalues in decreasing order and unit eigenvectors as the matching columns.</summary>
/// <param name="Values">The eigenvalues, decreasing.</param>
/// <param name="Vectors">A <c>D × k</c> matrix whose column <c>i</c> is the unit eigenvector of <c>Values[i]</c>.</param>
/// <param name="Products">The number of operator products spent finding them.</param>
/// <param name="Residual">The largest residual <c>‖A v − λ v‖</c> over the pairs (as the method estimates it): how far from converged they are.</param>
public sealed record Eigenpairs(double[] Values, Matrix<double> Vectors, int Products, double Residual)
{
    /// <summary>The number of pairs <c>k</c>.</summary>
    public int Count => Values.Length;

    /// <summary>Eigenvector <paramref name="index"/> as a new array.</summary>
    public double[] Vector(int index) => Vectors.Column(index).ToArray();
}
