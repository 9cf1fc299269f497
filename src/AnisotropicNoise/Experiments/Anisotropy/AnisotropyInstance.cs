using AnisotropicNoise.Indicators;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Experiments.Anisotropy;

/// <summary>
/// A test case for the bound of Proposition 2 (docs/science.md, Proposition 2): a PSD Hessian and a noise covariance, with the
/// ill-conditioning <c>(K, Exponent)</c> and alignment <c>A</c> it was built to have. Built by
/// <see cref="Aligned"/> (meets both conditions), <see cref="Misaligned"/> and
/// <see cref="WellConditioned"/> (each violates one).
/// </summary>
/// <param name="Hessian">The PSD matrix <c>H</c>.</param>
/// <param name="Covariance">The PSD noise covariance <c>Σ</c>.</param>
/// <param name="K">The nominal number of leading eigenvalues <c>k</c>.</param>
/// <param name="Exponent">The nominal exponent <c>d</c>: <c>λ_{k+1..D} ≤ λ₁ D^{−d}</c> holds when built by <see cref="Aligned"/>.</param>
/// <param name="A">The nominal alignment <c>a</c>: <c>u₁ᵀΣu₁ = a λ₁ Tr Σ / Tr H</c> holds when built by <see cref="Aligned"/>.</param>
public sealed record AnisotropyInstance(Matrix<double> Hessian, Matrix<double> Covariance, int K, double Exponent, double A)
{
    /// <summary>
    /// Meets both conditions: eigenvalues <c>λ₁ = 1</c>, <c>λ_2..λ_k</c> uniform in <c>[D^{−d}, 1]</c>, the
    /// rest uniform in <c>(0, D^{−d}]</c>; <c>Σ</c> has exactly alignment <paramref name="a"/>, which must be
    /// in <c>(0, Tr H / λ₁)</c> (any <c>a ≤ 1</c> is). Eigenvectors are a random rotation unless
    /// <paramref name="rotate"/> is false (then <c>H</c> is diagonal: faster for large D, same indicators).
    /// </summary>
    public static AnisotropyInstance Aligned(int dimension, int k, double d, double a, RandomStream random, bool rotate = true)
    {
        CheckShape(dimension, k, d, random);
        var spectrum = DecayingSpectrum(dimension, k, d, random);
        var covariance = AlignedCovariance(spectrum, a, random);
        return Rotated(spectrum, covariance, k, d, a, random, rotate);
    }

    /// <summary>
    /// Violates alignment: the same spectrum as <see cref="Aligned"/>, but <c>Σ</c> lies in the span of the
    /// eigenvectors past the <c>k</c>-th, so <c>u₁ᵀΣu₁ = 0</c>; <paramref name="a"/> is only the nominal claim.
    /// </summary>
    public static AnisotropyInstance Misaligned(int dimension, int k, double d, double a, RandomStream random, bool rotate = true)
    {
        CheckShape(dimension, k, d, random);
        var spectrum = DecayingSpectrum(dimension, k, d, random);
        var covariance = Matrix<double>.Build.Dense(dimension, dimension);
        covariance.SetSubMatrix(k, k, RandomCovariance(dimension - k, random));
        return Rotated(spectrum, covariance, k, d, a, random, rotate);
    }

    /// <summary>
    /// Violates ill-conditioning: eigenvalues uniform in <c>[½, 1]</c> (<c>λ₁ = 1</c>) with <c>Σ</c> of alignment
    /// <paramref name="a"/>; <paramref name="k"/> and <paramref name="d"/> are only the nominal claim.
    /// </summary>
    public static AnisotropyInstance WellConditioned(int dimension, int k, double d, double a, RandomStream random, bool rotate = true)
    {
        CheckShape(dimension, k, d, random);
        var spectrum = new double[dimension];
        spectrum[0] = 1;
        for (int i = 1; i < dimension; i++) spectrum[i] = random.NextUniform(0.5, 1);
        Array.Sort(spectrum, (x, y) => y.CompareTo(x));
        var covariance = AlignedCovariance(spectrum, a, random);
        return Rotated(spectrum, covariance, k, d, a, random, rotate);
    }

    /// <summary>The dimension <c>D</c>.</summary>
    public int Dimension => Hessian.RowCount;

    /// <summary>Measures the instance with the indicators: ratio, measured alignment and exponent, and the bounds.</summary>
    public AnisotropyMeasurement Measure()
    {
        var (spectrum, vectors) = MatrixChecks.PositiveSemidefinite(Hessian, nameof(Hessian));
        double traceH = spectrum.Sum();
        var u1 = vectors.Column(0);
        double measuredA = Alignment.Coefficient(u1 * Covariance * u1, spectrum[0], traceH, Covariance.Trace());
        return new AnisotropyMeasurement(
            Dimension, K, Exponent, A,
            IsotropicEquivalence.Ratio(Hessian, Covariance),
            AnisotropyBound.Lower(A, Dimension, K, Exponent),
            measuredA,
            IllConditioning.Exponent(spectrum, K),
            AnisotropyBound.Intermediate(measuredA, spectrum[0], traceH, Dimension));
    }

    private static void CheckShape(int dimension, int k, double d, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Guard.InRange(dimension, 2, 20_000, nameof(dimension));
        Guard.InRange(k, 1, dimension - 1, nameof(k));
        Guard.Positive(d, nameof(d));
    }

    private static double[] DecayingSpectrum(int dimension, int k, double d, RandomStream random)
    {
        double floor = Math.Pow(dimension, -d);
        var spectrum = new double[dimension];
        spectrum[0] = 1;
        for (int i = 1; i < k; i++) spectrum[i] = random.NextUniform(floor, 1);
        for (int i = k; i < dimension; i++) spectrum[i] = floor * (1 - random.NextDouble());
        Array.Sort(spectrum, (x, y) => y.CompareTo(x));
        return spectrum;
    }

    /// <summary>In H's eigenbasis: <c>s₁ e₁e₁ᵀ ⊕ W</c> with a random PSD <c>W</c>, and <c>s₁</c> solved for alignment exactly <c>a</c>.</summary>
    private static Matrix<double> AlignedCovariance(double[] spectrum, double a, RandomStream random)
    {
        int n = spectrum.Length;
        double traceH = spectrum.Sum(), lambda1 = spectrum[0];
        double largest = traceH / lambda1;
        if (!(a > 0 && a < largest)) throw new ArgumentOutOfRangeException(nameof(a), a, $"a must be in (0, Tr H / λ₁) = (0, {largest:G6}).");
        var rest = RandomCovariance(n - 1, random);
        // u₁ᵀΣu₁ = s₁ and Tr Σ = s₁ + Tr W, so s₁ = a λ₁ (s₁ + Tr W) / Tr H.
        double s1 = a * lambda1 * rest.Trace() / (traceH - a * lambda1);
        var covariance = Matrix<double>.Build.Dense(n, n);
        covariance[0, 0] = s1;
        covariance.SetSubMatrix(1, 1, rest);
        return covariance;
    }

    private static Matrix<double> RandomCovariance(int n, RandomStream random)
    {
        var g = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextGaussian());
        return g.TransposeAndMultiply(g) / n;
    }

    private static AnisotropyInstance Rotated(double[] spectrum, Matrix<double> covariance, int k, double d, double a, RandomStream random, bool rotate)
    {
        int n = spectrum.Length;
        var h = Matrix<double>.Build.DenseOfDiagonalArray(spectrum);
        if (!rotate) return new AnisotropyInstance(h, covariance, k, d, a);
        var q = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextGaussian()).QR().Q;
        return new AnisotropyInstance(Matrices.Symmetrised(q * h.TransposeAndMultiply(q)), Matrices.Symmetrised(q * covariance.TransposeAndMultiply(q)), k, d, a);
    }
}
