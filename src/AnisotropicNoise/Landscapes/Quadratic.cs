using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Landscapes;

/// <summary>
/// The quadratic <c>L(θ) = L₀ + ½ (θ − θ₀)ᵀ H (θ − θ₀)</c> with a symmetric <c>H</c>: the local
/// model of a minimum <c>θ₀</c> (when <c>H ⪰ 0</c>) behind the paper's Proposition 1.
/// </summary>
public sealed class Quadratic : IDenseHessian, IHessianVectorProduct
{
    private readonly Curvature.DenseOperator _hessian;
    private readonly Matrix<double> _h;
    private readonly double[] _center;

    /// <summary>Creates the quadratic with Hessian <paramref name="hessian"/> (symmetric, finite), centre <paramref name="center"/> (default 0) and value there <paramref name="minimum"/>.</summary>
    public Quadratic(Matrix<double> hessian, ReadOnlySpan<double> center = default, double minimum = 0)
    {
        MatrixChecks.Symmetric(hessian, nameof(hessian));
        _hessian = new Curvature.DenseOperator(hessian);
        _h = hessian.Clone();
        if (center.IsEmpty) _center = new double[hessian.RowCount];
        else
        {
            Guard.Length(center.Length, hessian.RowCount, nameof(center));
            Guard.AllFinite(center, nameof(center));
            _center = center.ToArray();
        }
        Minimum = Guard.Finite(minimum, nameof(minimum));
    }

    /// <inheritdoc />
    public int Dimension => _center.Length;

    /// <summary>The centre <c>θ₀</c>.</summary>
    public IReadOnlyList<double> Center => _center;

    /// <summary>The value <c>L₀ = L(θ₀)</c>.</summary>
    public double Minimum { get; }

    /// <summary>A copy of <c>H</c>.</summary>
    public Matrix<double> HessianMatrix => _h.Clone();

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta)
    {
        Span<double> delta = Dimension <= StackLimit ? stackalloc double[Dimension] : new double[Dimension];
        Span<double> product = Dimension <= StackLimit ? stackalloc double[Dimension] : new double[Dimension];
        Offset(theta, delta);
        _hessian.Apply(delta, product);
        return Minimum + 0.5 * VectorKernels.DotOneAccumulator(delta, product);
    }

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Guard.Length(gradient.Length, Dimension, nameof(gradient));
        Span<double> delta = Dimension <= StackLimit ? stackalloc double[Dimension] : new double[Dimension];
        Offset(theta, delta);
        _hessian.Apply(delta, gradient);
        return Minimum + 0.5 * VectorKernels.DotOneAccumulator(delta, gradient);
    }

    /// <inheritdoc />
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        return _h.Clone();
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        _hessian.Apply(v, product);
    }

    private const int StackLimit = 256; // simulations call Loss and Gradient millions of times: no garbage for small D

    private void Offset(ReadOnlySpan<double> theta, Span<double> delta)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        for (int i = 0; i < delta.Length; i++) delta[i] = theta[i] - _center[i];
    }
}
