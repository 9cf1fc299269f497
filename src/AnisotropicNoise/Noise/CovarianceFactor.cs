using AnisotropicNoise.Curvature;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Noise;

/// <summary>
/// A covariance held as <c>Σ = F Fᵀ</c> with <c>F</c> a <c>D × r</c> factor (for gradient
/// covariances, one column per centred, scaled example or minibatch gradient). Trace, diagonal and
/// leading eigenpairs come from whichever of <c>F Fᵀ</c> (<c>D × D</c>) and <c>Fᵀ F</c> (<c>r × r</c>)
/// is smaller, so a large <c>D</c> with few columns never forms a <c>D × D</c> matrix.
/// </summary>
public sealed class CovarianceFactor
{
    private readonly double[] _columns; // column-major D × r

    /// <summary>Creates <c>Σ = F Fᵀ</c> from the <c>D × r</c> factor <paramref name="factor"/> (copied).</summary>
    /// <exception cref="ArgumentException">The factor is empty or has a non-finite entry.</exception>
    public CovarianceFactor(Matrix<double> factor)
        : this(Checked(factor), factor.RowCount, trace: 0)
    {
        foreach (double x in _columns) Trace += x * x;
    }

    /// <summary>
    /// Takes ownership of <paramref name="columns"/>, column-major <c>D × r</c> (equivalently row-major
    /// <c>r × D</c>), whose sum of squares the caller has computed. Entries are not checked: a
    /// non-finite gradient shows as a non-finite <see cref="Trace"/>, which the noises report with the step.
    /// </summary>
    internal CovarianceFactor(double[] columns, int dimension, double trace)
    {
        Guard.Positive(dimension, nameof(dimension));
        if (columns.Length == 0 || columns.Length % dimension != 0)
            throw new ArgumentException($"factor must have {dimension} rows and at least one column; it has {columns.Length} entries.", "factor");
        _columns = columns;
        Dimension = dimension;
        Rank = columns.Length / dimension;
        Trace = trace;
    }

    private static double[] Checked(Matrix<double> factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        var columns = factor.ToColumnMajorArray();
        Guard.AllFinite(columns, nameof(factor));
        return columns;
    }


    /// <summary>
    /// The sample covariance <c>Σ̂ = (1/(B−1)) Σ_b (g_b − ḡ)(g_b − ḡ)ᵀ</c> of the <paramref name="count"/>
    /// vectors stored as the rows of <paramref name="samples"/> (row-major <c>B × D</c>, B ≥ 2; copied).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two samples, a length that is not a multiple of the count, or a non-finite entry.</exception>
    public static CovarianceFactor SampleCovariance(ReadOnlySpan<double> samples, int count)
    {
        Guard.InRange(count, 2, int.MaxValue, nameof(count));
        if (samples.Length == 0 || samples.Length % count != 0)
            throw new ArgumentException($"{nameof(samples)} has {samples.Length} entries, not a positive multiple of count = {count}.", nameof(samples));
        Guard.AllFinite(samples, nameof(samples));
        return FromRows(samples.ToArray(), samples.Length / count, 1 / Math.Sqrt(count - 1));
    }

    /// <summary>
    /// Takes the rows of the row-major <c>r × D</c> array <paramref name="rows"/> (owned from now on),
    /// subtracts their mean and multiplies by <paramref name="scale"/>: they become the factor's columns.
    /// </summary>
    internal static CovarianceFactor FromRows(double[] rows, int dimension, double scale)
    {
        int count = rows.Length / dimension;
        var mean = new double[dimension];
        for (int r = 0; r < count; r++)
        {
            var row = rows.AsSpan(r * dimension, dimension);
            for (int i = 0; i < row.Length; i++) mean[i] += row[i];
        }
        for (int i = 0; i < dimension; i++) mean[i] /= count;
        double trace = 0;
        for (int r = 0; r < count; r++)
        {
            var row = rows.AsSpan(r * dimension, dimension);
            for (int i = 0; i < row.Length; i++)
            {
                double x = (row[i] - mean[i]) * scale;
                row[i] = x;
                trace += x * x;
            }
        }
        return new CovarianceFactor(rows, dimension, trace) { RowMean = mean };
    }

    /// <summary>The mean of the rows a factor was built from (<see cref="FromRows"/>), before they were centred; null otherwise.</summary>
    internal double[]? RowMean { get; private init; }

    /// <summary>The dimension <c>D</c>.</summary>
    public int Dimension { get; }

    /// <summary>The number of columns <c>r</c> of the factor (an upper bound on the rank of Σ).</summary>
    public int Rank { get; }

    /// <summary><c>Tr Σ</c>, the sum of squares of the factor's entries.</summary>
    public double Trace { get; }

    /// <summary>Column <paramref name="index"/> of the factor.</summary>
    public ReadOnlySpan<double> Column(int index) =>
        _columns.AsSpan(Guard.InRange(index, 0, Rank - 1, nameof(index)) * Dimension, Dimension);

    /// <summary>The diagonal of Σ, the variance of each coordinate.</summary>
    public double[] Diagonal()
    {
        var diagonal = new double[Dimension];
        for (int j = 0; j < Rank; j++)
        {
            var column = Column(j);
            for (int i = 0; i < Dimension; i++) diagonal[i] += column[i] * column[i];
        }
        return diagonal;
    }

    /// <summary><c>vᵀ Σ v = Σ_j (f_j · v)²</c>, the variance of the noise along <paramref name="v"/>.</summary>
    public double Quadratic(ReadOnlySpan<double> v)
    {
        Guard.Length(v.Length, Dimension, nameof(v));
        double sum = 0;
        for (int j = 0; j < Rank; j++)
        {
            double projection = VectorKernels.DotOneAccumulator(Column(j), v);
            sum += projection * projection;
        }
        return sum;
    }

    /// <summary>
    /// <c>Tr(H Σ) = Σ_j f_jᵀ H f_j</c> with <c>H</c> known by products: one product per column, no
    /// <c>D × D</c> matrix (the matrix-free indicator of docs/science.md, Proposition 1).
    /// </summary>
    /// <exception cref="ArgumentException">The operator's dimension differs, or it returns a non-finite product.</exception>
    public double TraceWith(ILinearOperator hessian) => ColumnQuadratics(hessian).Sum();

    /// <summary>
    /// <c>f_jᵀ H f_j</c> for every column <c>j</c>: the terms of <see cref="TraceWith"/>, one product each (in blocks),
    /// whose spread gives the standard error of <c>Tr(HΣ̂)</c> over the minibatches behind <c>Σ̂</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The operator's dimension differs, or it returns a non-finite product.</exception>
    public double[] ColumnQuadratics(ILinearOperator hessian)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        Guard.Length(hessian.Dimension, Dimension, nameof(hessian));
        int d = Dimension;
        var products = new double[Math.Min(Rank, ProductBlock.MaxRows) * d];
        var terms = new double[Rank];
        for (int first = 0; first < Rank; first += ProductBlock.MaxRows)
        {
            int count = Math.Min(ProductBlock.MaxRows, Rank - first);
            hessian.ApplyBlock(_columns.AsSpan(first * d, count * d), products.AsSpan(0, count * d));
            for (int j = 0; j < count; j++)
                terms[first + j] = ProductCheck.Finite(VectorKernels.DotOneAccumulator(Column(first + j), products.AsSpan(j * d, d)), nameof(hessian));
        }
        return terms;
    }

    /// <summary><c>‖f_j‖²</c> for every column <c>j</c>: the terms of <see cref="Trace"/>.</summary>
    public double[] ColumnSquaredNorms()
    {
        var terms = new double[Rank];
        for (int j = 0; j < Rank; j++) terms[j] = VectorKernels.DotOneAccumulator(Column(j), Column(j));
        return terms;
    }

    /// <summary>Σ as a dense <c>D × D</c> matrix (for small <c>D</c>).</summary>
    public Matrix<double> ToMatrix()
    {
        var factor = Matrix<double>.Build.Dense(Dimension, Rank, _columns);
        return factor.TransposeAndMultiply(factor);
    }

    /// <summary>
    /// The eigenpairs of Σ with the <paramref name="count"/> largest eigenvalues. Eigenvalues that are
    /// zero to rounding are left out (their directions carry no variance, and from <c>Fᵀ F</c> they
    /// have no well-defined eigenvector), so fewer than <paramref name="count"/> pairs may return.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">count is outside [1, D].</exception>
    /// <exception cref="InvalidOperationException">Σ is zero (or not finite), so it has no eigenpair with a positive eigenvalue.</exception>
    public Eigenpairs Top(int count)
    {
        Guard.InRange(count, 1, Dimension, nameof(count));
        if (!(Trace > 0) || !double.IsFinite(Trace))
            throw new InvalidOperationException($"The covariance has trace {Trace:G6}: it has no eigenpair with a positive eigenvalue.");
        return Dimension <= Rank ? TopFromCovariance(count) : TopFromGram(count);
    }

    private Eigenpairs TopFromCovariance(int count)
    {
        var pairs = Dimension == 2 ? TwoByTwo() : Decomposed(ToMatrix(), count);
        return WithoutZeros(pairs, count);
    }

    private Eigenpairs TwoByTwo()
    {
        double a = 0, b = 0, d = 0;
        for (int j = 0; j < Rank; j++)
        {
            double x = _columns[2 * j], y = _columns[2 * j + 1];
            a += x * x;
            b += x * y;
            d += y * y;
        }
        var pairs = DenseEigenpairs.Symmetric2x2(a, b, d);
        pairs.Values[1] = Math.Max(pairs.Values[1], 0); // PSD by construction; only rounding can make it negative
        return pairs;
    }

    private static Eigenpairs Decomposed(Matrix<double> symmetric, int count)
    {
        var (values, vectors) = SymmetricEigen.Decompose(symmetric, "covariance", requirePositiveSemidefinite: true);
        return DenseEigenpairs.Leading(values, vectors, Math.Min(count, values.Length));
    }

    // Σ u = λ u with u = F v / √λ for each eigenpair (λ, v) of the Gram matrix Fᵀ F.
    private Eigenpairs TopFromGram(int count)
    {
        var factor = Matrix<double>.Build.Dense(Dimension, Rank, _columns);
        var gram = WithoutZeros(Decomposed(factor.TransposeThisAndMultiply(factor), count), count);
        var vectors = new double[Dimension * gram.Count];
        for (int j = 0; j < gram.Count; j++)
        {
            var u = vectors.AsSpan(j * Dimension, Dimension);
            var v = gram.Vector(j);
            double scale = 1 / Math.Sqrt(gram.Values[j]);
            for (int c = 0; c < Rank; c++)
            {
                double weight = v[c] * scale;
                var column = Column(c);
                for (int i = 0; i < Dimension; i++) u[i] += weight * column[i];
            }
        }
        return new Eigenpairs(gram.Values, Matrix<double>.Build.Dense(Dimension, gram.Count, vectors), Products: 0, Residual: 0);
    }

    private static Eigenpairs WithoutZeros(Eigenpairs pairs, int count)
    {
        // The caller has checked Tr Σ > 0, so the first eigenvalue is positive and kept ≥ 1.
        double tolerance = pairs.Values[0] * 1e-12 * pairs.Vectors.RowCount;
        int kept = 1;
        while (kept < Math.Min(count, pairs.Count) && pairs.Values[kept] > tolerance) kept++;
        return DenseEigenpairs.First(pairs, kept);
    }
}
