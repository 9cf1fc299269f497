using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Noise;

/// <summary>
/// Gaussian noise <c>ε = F z</c>, <c>z ~ N(0, I_r)</c>, so <c>Cov ε = F Fᵀ</c>: full, low-rank and
/// single-direction covariances alike, and safe for singular ones (no Cholesky needed).
/// </summary>
public sealed class FactorGaussian : INoiseSampler
{
    private readonly double[] _columns; // column-major D × r
    private readonly int _rank;

    /// <summary>Creates the noise with covariance <c>F Fᵀ</c> from the <c>D × r</c> factor <paramref name="factor"/>.</summary>
    public FactorGaussian(Matrix<double> factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        if (factor.RowCount == 0) throw new ArgumentException("factor must have at least one row.", nameof(factor));
        _columns = factor.ToColumnMajorArray();
        Guard.AllFinite(_columns, nameof(factor));
        Dimension = factor.RowCount;
        _rank = factor.ColumnCount;
        Trace = _columns.Sum(x => x * x);
    }

    /// <summary>
    /// Creates <c>N(0, Σ)</c> for a symmetric positive semi-definite <paramref name="covariance"/>,
    /// through its eigendecomposition: <c>F = U √Λ</c> over the non-zero eigenvalues.
    /// </summary>
    /// <exception cref="ArgumentException">Σ is not square, not symmetric, not finite, or has a clearly negative eigenvalue.</exception>
    public static FactorGaussian FromCovariance(Matrix<double> covariance)
    {
        var (values, vectors) = SymmetricEigen.Decompose(covariance, nameof(covariance), requirePositiveSemidefinite: true);
        var kept = Enumerable.Range(0, values.Length).Where(i => values[i] > 0).ToArray();
        var factor = Matrix<double>.Build.Dense(covariance.RowCount, Math.Max(kept.Length, 1));
        for (int j = 0; j < kept.Length; j++)
            factor.SetColumn(j, vectors.Column(kept[j]) * Math.Sqrt(values[kept[j]]));
        return new FactorGaussian(factor);
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>The number of columns <c>r</c> of the factor.</summary>
    public int Rank => _rank;

    /// <inheritdoc />
    public double Trace { get; }

    /// <summary>The covariance <c>F Fᵀ</c> as a dense matrix (for small <c>D</c>: tests and charts).</summary>
    public Matrix<double> Covariance()
    {
        var f = Matrix<double>.Build.Dense(Dimension, _rank, _columns);
        return f * f.Transpose();
    }

    /// <inheritdoc />
    public void Sample(RandomStream random, Span<double> destination)
    {
        Guard.Length(destination.Length, Dimension, nameof(destination));
        // z_j is drawn as column j is added: no scratch state, so one sampler may serve parallel runs.
        destination.Clear();
        for (int j = 0; j < _rank; j++)
        {
            var column = _columns.AsSpan(j * Dimension, Dimension);
            double zj = random.NextGaussian();
            for (int i = 0; i < Dimension; i++) destination[i] += zj * column[i];
        }
    }
}
