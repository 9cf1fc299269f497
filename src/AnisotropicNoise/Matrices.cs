using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise;

/// <summary>Small dense-matrix helpers.</summary>
internal static class Matrices
{
    /// <summary><c>(M + Mᵀ)/2</c>: removes the rounding asymmetry of products such as <c>U Λ Uᵀ</c>.</summary>
    public static Matrix<double> Symmetrised(Matrix<double> m) => (m + m.Transpose()) * 0.5;
}
