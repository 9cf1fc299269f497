using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Landscapes;

/// <summary>
/// The quadratic <c>L(θ) = ½ θᵀ H θ</c> with <c>H = diag(δ) + V Vᵀ</c> (<c>V</c> is <c>D × r</c>),
/// known only through Hessian-vector products at cost <c>O(D r)</c>: a stand-in for a large
/// network's Hessian (a few outliers above a bulk) where no <c>D × D</c> matrix may be formed.
/// </summary>
public sealed class LowRankPlusDiagonalQuadratic : IHessianVectorProduct
{
    private readonly double[] _diagonal;
    private readonly double[] _factor; // row-major D × r

    /// <summary>Creates the quadratic from the diagonal <paramref name="diagonal"/> (length D) and the factor <paramref name="factor"/> (row-major D × <paramref name="rank"/>).</summary>
    public LowRankPlusDiagonalQuadratic(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> factor, int rank)
    {
        if (diagonal.IsEmpty) throw new ArgumentException("diagonal must not be empty.", nameof(diagonal));
        Guard.AllFinite(diagonal, nameof(diagonal));
        Rank = Guard.NonNegative(rank, nameof(rank));
        Guard.Length(factor.Length, checked(diagonal.Length * rank), nameof(factor));
        Guard.AllFinite(factor, nameof(factor));
        _diagonal = diagonal.ToArray();
        _factor = factor.ToArray();
    }

    /// <summary>
    /// A random instance: bulk <c>δ_i</c> uniform in <c>[0, bulk]</c> and a factor with
    /// independent <c>N(0, outlier / D)</c> entries, so the top <c>r</c> eigenvalues are near <c>outlier</c>.
    /// </summary>
    public static LowRankPlusDiagonalQuadratic Random(int dimension, int rank, double bulk, double outlier, RandomStream random)
    {
        Guard.Positive(dimension, nameof(dimension));
        Guard.NonNegative(rank, nameof(rank));
        Guard.NonNegative(bulk, nameof(bulk));
        Guard.NonNegative(outlier, nameof(outlier));
        ArgumentNullException.ThrowIfNull(random);
        var diagonal = new double[dimension];
        for (int i = 0; i < dimension; i++) diagonal[i] = random.NextUniform(0, bulk);
        var factor = new double[checked(dimension * rank)];
        random.FillGaussian(factor);
        VectorKernels.Scale(Math.Sqrt(outlier / dimension), factor);
        return new LowRankPlusDiagonalQuadratic(diagonal, factor, rank);
    }

    /// <inheritdoc />
    public int Dimension => _diagonal.Length;

    /// <summary>The rank <c>r</c> of the low-rank part.</summary>
    public int Rank { get; }

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta)
    {
        var product = new double[Dimension];
        HessianVectorProduct(theta, theta, product);
        return 0.5 * VectorKernels.DotOneAccumulator(theta, product);
    }

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        HessianVectorProduct(theta, theta, gradient);
        return 0.5 * VectorKernels.DotOneAccumulator(theta, gradient);
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        Guard.Length(v.Length, Dimension, nameof(v));
        Guard.Length(product.Length, Dimension, nameof(product));
        Span<double> projection = Rank <= 512 ? stackalloc double[Rank] : new double[Rank];
        projection.Clear();
        for (int i = 0; i < Dimension; i++)
            VectorKernels.AddScaledUnfused(v[i], _factor.AsSpan(i * Rank, Rank), projection);
        for (int i = 0; i < Dimension; i++)
            product[i] = _diagonal[i] * v[i] + VectorKernels.DotOneAccumulator(_factor.AsSpan(i * Rank, Rank), projection);
    }
}
