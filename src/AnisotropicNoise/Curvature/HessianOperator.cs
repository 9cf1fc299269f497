using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Curvature;

/// <summary>The Hessian <c>∇²L(θ)</c> of an objective at a fixed point, as an operator through its Hessian-vector products.</summary>
public sealed class HessianOperator : ILinearOperator
{
    private readonly IHessianVectorProduct _objective;
    private readonly double[] _theta;

    /// <summary>The Hessian of <paramref name="objective"/> at <paramref name="theta"/> (copied).</summary>
    public HessianOperator(IHessianVectorProduct objective, ReadOnlySpan<double> theta)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Guard.Length(theta.Length, objective.Dimension, nameof(theta));
        Guard.AllFinite(theta, nameof(theta));
        _objective = objective;
        _theta = theta.ToArray();
    }

    /// <inheritdoc />
    public int Dimension => _theta.Length;

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        Guard.Length(v.Length, Dimension, nameof(v));
        Guard.Length(result.Length, Dimension, nameof(result));
        _objective.HessianVectorProduct(_theta, v, result);
    }
}
