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

    /// <summary>
    /// The products of a block, through the objective's <see cref="IBlockHessianVectorProduct"/> when it has
    /// one (at most 20 rows at a time, which bounds the memory of a network's pass), else one by one.
    /// </summary>
    /// <inheritdoc />
    public void ApplyBlock(ReadOnlySpan<double> vectors, Span<double> results)
    {
        int rows = ProductBlock.Rows(vectors.Length, results.Length, Dimension), d = Dimension;
        if (_objective is not IBlockHessianVectorProduct block)
        {
            for (int b = 0; b < rows; b++) _objective.HessianVectorProduct(_theta, vectors.Slice(b * d, d), results.Slice(b * d, d));
            return;
        }
        for (int first = 0; first < rows; first += ProductBlock.MaxRows)
        {
            int count = Math.Min(ProductBlock.MaxRows, rows - first);
            block.HessianVectorProducts(_theta, vectors.Slice(first * d, count * d), results.Slice(first * d, count * d));
        }
    }
}
