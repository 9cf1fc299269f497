using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Noise;

public class NoiseCovarianceTests
{
    [Fact]
    public void EachSamplerTypeGivesItsClosedFormCovariance()
    {
        Assert.Equal(Matrix<double>.Build.DenseIdentity(3) * 0.25, NoiseCovariance.Of(new IsotropicGaussian(3, 0.25)));
        Assert.Equal(Matrix<double>.Build.DenseOfDiagonalArray([1.0, 0.0, 4.0]), NoiseCovariance.Of(new DiagonalGaussian([1.0, 0.0, 4.0])));
        var factor = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0 }, { 2.0 } });
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 2.0, 4.0 } }), NoiseCovariance.Of(new FactorGaussian(factor)));
        var pairs = new AnisotropicNoise.Curvature.Eigenpairs([5.0], factor / Math.Sqrt(5), 0, 0);
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 2.0, 4.0 } }), NoiseCovariance.Of(new EigenpairSampler(new FactorGaussian(factor), pairs)));
    }

    [Fact]
    public void ASamplerOfUnknownCovarianceIsRejectedByName()
    {
        var e = Assert.Throws<ArgumentException>(() => NoiseCovariance.Of(new UnknownSampler()));
        Assert.Equal("sampler", e.ParamName);
        Assert.Contains(nameof(UnknownSampler), e.Message);
    }

    private sealed class UnknownSampler : INoiseSampler
    {
        public int Dimension => 1;
        public double Trace => 1;
        public void Sample(RandomStream random, Span<double> destination) => destination[0] = random.NextGaussian();
    }
}
