using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Dynamics.ContinuousTime;

/// <summary>
/// The exact transition over a time <c>Δ</c> of <c>dθ = −H(θ − θ₀) dt + Σ^{1/2} dW</c> on a
/// <see cref="Quadratic"/>: <c>θ_{t+Δ} − θ₀ = e^{−HΔ}(θ_t − θ₀) + N(0, ∫₀^Δ e^{−Hs} Σ e^{−Hs} ds)</c>.
/// In <c>H</c>'s eigenbasis the covariance is <c>Σ'_ij (1 − e^{−(λ_i+λ_j)Δ}) / (λ_i + λ_j)</c>, with limit <c>Σ'_ij Δ</c> at <c>λ_i + λ_j = 0</c>.
/// An instance is not safe to share across threads.
/// </summary>
public sealed class OrnsteinUhlenbeckTransition
{
    private readonly double[] _center;
    private readonly DenseOperator _decay;
    private readonly FactorGaussian _noise;
    private readonly double[] _delta;
    private readonly double[] _moved;
    private readonly double[] _draw;

    /// <summary>Prepares the transition over <paramref name="interval"/> (&gt; 0) on <paramref name="quadratic"/> with PSD diffusion covariance <paramref name="covariance"/>.</summary>
    public OrnsteinUhlenbeckTransition(Quadratic quadratic, Matrix<double> covariance, double interval)
    {
        ArgumentNullException.ThrowIfNull(quadratic);
        Interval = Guard.Positive(interval, nameof(interval));
        var h = quadratic.HessianMatrix;
        MatrixChecks.PositiveSemidefinite(covariance, nameof(covariance));
        MatrixChecks.SameDimension(h, covariance, nameof(quadratic), nameof(covariance));
        var (lambda, u) = SymmetricEigen.Decompose(h, nameof(quadratic));
        int n = lambda.Length;
        var rotated = u.TransposeThisAndMultiply(covariance * u);
        var transition = Matrix<double>.Build.Dense(n, n, (i, j) => rotated[i, j] * Accumulated(lambda[i] + lambda[j], interval));
        Covariance = Matrices.Symmetrised(u * transition.TransposeAndMultiply(u));
        var decay = Matrix<double>.Build.DenseOfDiagonalArray(lambda.Select(l => Math.Exp(-l * interval)).ToArray());
        _decay = new DenseOperator(Matrices.Symmetrised(u * decay.TransposeAndMultiply(u)));
        _noise = FactorGaussian.FromCovariance(Covariance);
        _center = quadratic.Center.ToArray();
        _delta = new double[n];
        _moved = new double[n];
        _draw = new double[n];
    }

    /// <summary>The time <c>Δ</c> of one transition.</summary>
    public double Interval { get; }

    /// <summary>The covariance <c>∫₀^Δ e^{−Hs} Σ e^{−Hs} ds</c> of the transition's noise.</summary>
    public Matrix<double> Covariance { get; }

    /// <summary>Replaces <paramref name="theta"/> by a draw of <c>θ_{t+Δ}</c> given <c>θ_t</c> = <paramref name="theta"/>.</summary>
    public void Advance(Span<double> theta, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Guard.Length(theta.Length, _center.Length, nameof(theta));
        for (int i = 0; i < _delta.Length; i++) _delta[i] = theta[i] - _center[i];
        _decay.Apply(_delta, _moved);
        _noise.Sample(random, _draw);
        for (int i = 0; i < theta.Length; i++) theta[i] = _center[i] + _moved[i] + _draw[i];
    }

    /// <summary><c>∫₀^Δ e^{−x s} ds = (1 − e^{−xΔ}) / x</c>, and <c>Δ</c> in the limit <c>x → 0</c>.</summary>
    private static double Accumulated(double x, double interval) =>
        Math.Abs(x * interval) < 1e-12 ? interval : -double.ExpM1(-x * interval) / x;
}
