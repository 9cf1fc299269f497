using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Landscapes;

/// <summary>An objective, of small dimension, whose exact Hessian can be formed as a dense matrix.</summary>
public interface IDenseHessian : IObjective
{
    /// <summary>The exact Hessian <c>∇²L(θ)</c> of the mean loss, a symmetric <c>D × D</c> matrix.</summary>
    Matrix<double> Hessian(ReadOnlySpan<double> theta);
}
