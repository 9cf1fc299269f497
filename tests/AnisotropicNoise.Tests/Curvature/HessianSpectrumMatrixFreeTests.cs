using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Curvature;

public class HessianSpectrumMatrixFreeTests
{
    [Fact]
    public void AnObjectiveKnownOnlyByProducts_GoesThroughLanczos_AndMatchesTheDenseSpectrum()
    {
        var objective = LowRankPlusDiagonalQuadratic.Random(60, 4, 0.01, 5.0, new RandomStream(3));
        Assert.IsNotAssignableFrom<IDenseHessian>(objective);
        var theta = new double[60];
        var top = HessianSpectrum.Top(objective, theta, 3, new RandomStream(4));
        var (values, _) = SymmetricEigen.Decompose(DenseHessian.FromProducts(new HessianOperator(objective, theta)), "H");
        for (int i = 0; i < 3; i++) Assert.Equal(values[i], top.Values[i], 1e-8 * values[0]);
        Assert.True(top.Products > 0);
    }
}
