using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// The Hessian of an objective at a point, known by Hessian-vector products only (no <c>D × D</c> matrix),
/// with the questions one asks of it, in the manner of PyHessian:
/// <c>HessianAt.Of(objective, theta).TraceWith(SgdNoise.At(objective, theta, 20))</c>.
/// Each method draws from its own stream derived from the seed given to <see cref="Of"/>, so answers do not depend on call order.
/// </summary>
public sealed class HessianAt
{
    private readonly HessianOperator _operator;
    private readonly long _seed;

    private HessianAt(HessianOperator op, long seed)
    {
        _operator = op;
        _seed = seed;
    }

    /// <summary>The Hessian of <paramref name="objective"/> at <paramref name="theta"/> (copied); <paramref name="seed"/> seeds the iterative estimates.</summary>
    /// <exception cref="ArgumentException"><paramref name="theta"/> has the wrong length or a non-finite entry.</exception>
    public static HessianAt Of(IHessianVectorProduct objective, ReadOnlySpan<double> theta, long seed = 1)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Guard.Length(theta.Length, objective.Dimension, nameof(theta));
        Guard.AllFinite(theta, nameof(theta));
        return new HessianAt(new HessianOperator(objective, theta), seed);
    }

    /// <summary>The dimension <c>D</c>.</summary>
    public int Dimension => _operator.Dimension;

    /// <summary>The Hessian as an operator, for the package's other tools (Lanczos, noises).</summary>
    public ILinearOperator Operator => _operator;

    /// <summary>The <paramref name="count"/> largest eigenvalues, decreasing (Lanczos, at most <paramref name="maxProducts"/> products when given).</summary>
    /// <exception cref="ArgumentOutOfRangeException">count is outside [1, D].</exception>
    public IReadOnlyList<double> Eigenvalues(int count = 1, int? maxProducts = null)
    {
        Guard.InRange(count, 1, Dimension, nameof(count));
        return Lanczos.Top(_operator, count, Stream(1), maxIterations: maxProducts).Values;
    }

    /// <summary><c>Tr H</c> by Hutchinson's estimator with <paramref name="probes"/> Rademacher probes, with its standard error.</summary>
    /// <exception cref="ArgumentOutOfRangeException">probes &lt; 2.</exception>
    public Estimate Trace(int probes = 100)
    {
        Guard.InRange(probes, 2, int.MaxValue, nameof(probes));
        return Estimate.Of(Hutchinson.Trace(_operator, probes, Stream(2)));
    }

    /// <summary>
    /// The eigenvalue density by stochastic Lanczos quadrature (PyHessian's third verb): <paramref name="probes"/> random
    /// starts of <paramref name="steps"/> Lanczos steps each, <c>probes · steps</c> products.
    /// </summary>
    /// <exception cref="ArgumentException">probes &lt; 1 or steps outside [1, D].</exception>
    public SpectralDensity Density(int probes = 1, int steps = 100) => SpectralDensity.Of(_operator, probes, steps, Stream(4));

    /// <summary>
    /// The escape indicators of this Hessian and the noise covariance <paramref name="noise"/> (e.g.
    /// <see cref="SgdNoise.At"/>): <c>Tr(HΣ)</c>, its ratio to isotropic noise of the same size, and the rest
    /// of <see cref="EscapeIndicators"/>, each estimate with its standard error.
    /// </summary>
    /// <exception cref="ArgumentException">The noise's dimension differs, or probes &lt; 2.</exception>
    public EscapeIndicators TraceWith(CovarianceFactor noise, int probes = 100, int? lanczosBudget = null) =>
        EscapeIndicators.Measure(_operator, noise, Stream(3), probes, lanczosBudget);

    private RandomStream Stream(long task) => RandomStream.ForTask(_seed, task);
}
