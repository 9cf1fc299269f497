using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Tests.Landscapes;

public class DoubleWellValleyTests
{
    private static readonly DoubleWellValley Valley = new(new FiniteSumDoubleWell(new TunableDoubleWell(barrier: 1, curvature: 2, topCurvature: -3), noiseScale: 4), transverseCurvature: 5);

    [Fact]
    public void TheExamplesAverageToTheLossAndTheirCovarianceIsKappaTimesDiagASquaredHy()
    {
        Span<double> rows = stackalloc double[8], mean = stackalloc double[2];
        foreach (var (x, y) in new[] { (Valley.Well.LeftMinimum, 0.0), (-0.3, 0.7), (0.4, -1.2) })
        {
            Valley.ExampleGradients([x, y], [0, 1, 2, 3], rows);
            Valley.Gradient([x, y], mean);
            double cxx = 0, cyy = 0, cxy = 0;
            for (int k = 0; k < 4; k++)
            {
                double dx = rows[2 * k] - mean[0], dy = rows[2 * k + 1] - mean[1];
                cxx += dx * dx / 4;
                cyy += dy * dy / 4;
                cxy += dx * dy / 4;
            }
            Assert.Equal(0, (rows[0] + rows[2] + rows[4] + rows[6]) / 4 - mean[0], 12);
            Assert.Equal(Valley.Along.ExampleGradientVariance(x), cxx, 10);
            Assert.Equal(4 * 5, cyy, 10);
            Assert.Equal(0, cxy, 12);
        }
        Assert.Equal(4 * 2, Valley.Along.ExampleGradientVariance(Valley.Well.LeftMinimum), 10); // κ H_a: Σ ∝ H at the minimum
    }

    [Fact]
    public void EachExamplesGradientIsTheDerivativeOfItsLossAndTheHessianIsDiagonal()
    {
        const double h = 1e-6;
        Span<double> g = stackalloc double[2];
        foreach (var (x, y) in new[] { (-1.1, 0.3), (-0.2, -0.5), (0.6, 1.0) })
            for (int i = 0; i < 4; i++)
            {
                Valley.BatchGradient([x, y], [i], g);
                double gx = g[0], gy = g[1];
                Assert.Equal((Valley.BatchGradient([x + h, y], [i], g) - Valley.BatchGradient([x - h, y], [i], g)) / (2 * h), gx, 5);
                Assert.Equal((Valley.BatchGradient([x, y + h], [i], g) - Valley.BatchGradient([x, y - h], [i], g)) / (2 * h), gy, 5);
            }
        var hessian = Valley.Hessian([-0.2, 0.4]);
        Assert.Equal(Valley.Well.Second(-0.2), hessian[0, 0], 12);
        Assert.Equal(5, hessian[1, 1]);
        Assert.Equal(0, hessian[0, 1]);
    }
}
