using AnisotropicNoise.Indicators;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Indicators;

public class TraceIndicatorTests
{
    private static Matrix<double> M(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    [Fact]
    public void TraceHSigmaOfASmallCase()
    {
        // Tr(HΣ) = Σ_ij H_ij Σ_ij = 1·1 + 2·2 + 2·(0.5·0.5) = 5.5.
        Assert.Equal(5.5, TraceHSigma.Of(M(new double[,] { { 1, 0.5 }, { 0.5, 2 } }), M(new double[,] { { 1, 0.5 }, { 0.5, 2 } })), 14);
        var random = new RandomStream(3);
        var h = TestMatrices.RandomSymmetric(9, random);
        var sigma = TestMatrices.RandomPsd(9, random);
        Assert.Equal((h * sigma).Trace(), TraceHSigma.Of(h, sigma), 12);
    }

    [Fact]
    public void IsotropicEquivalenceKeepsTheTraceAndGivesRatioOneForIsotropicNoise()
    {
        var random = new RandomStream(4);
        var h = TestMatrices.RandomPsd(8, random);
        var sigma = TestMatrices.RandomPsd(8, random);
        var bar = IsotropicEquivalence.Of(sigma);
        Assert.Equal(sigma.Trace(), bar.Trace(), 12);
        Assert.Equal(TraceHSigma.Of(h, bar), IsotropicEquivalence.TraceHSigmaBar(h, sigma), 12);
        Assert.Equal(1.0, IsotropicEquivalence.Ratio(h, bar), 12);
    }

    [Fact]
    public void NoiseAlongTheOnlyCurvedDirectionGivesRatioD()
    {
        const int d = 50;
        var h = Matrix<double>.Build.Dense(d, d);
        h[0, 0] = 3;
        var sigma = Matrix<double>.Build.Dense(d, d);
        sigma[0, 0] = 0.2;
        // Tr(HΣ) = 0.6, Tr(HΣ̄) = 3 · 0.2 / 50.
        Assert.Equal(d, IsotropicEquivalence.Ratio(h, sigma), 10);
        Assert.Equal(d, IsotropicEquivalence.Ratio(0.6, 3, 0.2, d), 10);
        Assert.Equal(1.0, Alignment.Coefficient(h, sigma), 10); // a = u₁ᵀΣu₁ Tr H / (λ₁ Tr Σ) = 0.2 · 3 / (3 · 0.2)
    }

    [Fact]
    public void AlignmentOfAnExactCase()
    {
        // λ₁ = 2, u₁ = e₁, Tr H = 4; u₁ᵀΣu₁ = 1, Tr Σ = 2: a = 1 · 4 / (2 · 2) = 1.
        var h = Matrix<double>.Build.DenseOfDiagonalArray([2, 1, 1]);
        var sigma = Matrix<double>.Build.DenseOfDiagonalArray([1, 1, 0]);
        Assert.Equal(1.0, Alignment.Coefficient(h, sigma), 12);
        // Rotating both leaves it unchanged.
        var q = TestMatrices.Rotation(3, new RandomStream(1));
        Assert.Equal(1.0, Alignment.Coefficient(q * h * q.Transpose(), q * sigma * q.Transpose()), 10);
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var psd = Matrix<double>.Build.DenseIdentity(3);
        var indefinite = Matrix<double>.Build.DenseOfDiagonalArray([1, -1, 0.5]);
        var nonSymmetric = M(new double[,] { { 1, 1, 0 }, { 0, 1, 0 }, { 0, 0, 1 } });
        Assert.Equal("hessian", Assert.Throws<ArgumentException>(() => Alignment.Coefficient(indefinite, psd)).ParamName);
        Assert.Equal("covariance", Assert.Throws<ArgumentException>(() => Alignment.Coefficient(psd, indefinite)).ParamName);
        Assert.Equal("hessian", Assert.Throws<ArgumentException>(() => TraceHSigma.Of(nonSymmetric, psd)).ParamName);
        Assert.Equal("covariance", Assert.Throws<ArgumentException>(() => TraceHSigma.Of(psd, Matrix<double>.Build.DenseIdentity(4))).ParamName);
        Assert.Equal("covariance", Assert.Throws<ArgumentException>(() => IsotropicEquivalence.Ratio(psd, Matrix<double>.Build.DenseIdentity(2))).ParamName);
        Assert.Equal("traceH", Assert.Throws<ArgumentOutOfRangeException>(() => IsotropicEquivalence.Ratio(1, 0, 1, 3)).ParamName);
        Assert.Equal("traceHSigma", Assert.Throws<ArgumentOutOfRangeException>(() => IsotropicEquivalence.Ratio(double.NaN, 1, 1, 3)).ParamName);
    }
}
