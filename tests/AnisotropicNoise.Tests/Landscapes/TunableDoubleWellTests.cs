using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Tests.Landscapes;

public class TunableDoubleWellTests
{
    private static readonly TunableDoubleWell Asymmetric = new(barrier: 1.5, curvature: 3, topCurvature: -1.2, rightBarrier: 0.7, rightCurvature: 1.1);

    [Fact]
    public void BarrierAndCurvaturesAreTheOnesAskedFor()
    {
        var u = Asymmetric;
        Assert.Equal(0, u.Potential(u.LeftMinimum), 12);
        Assert.Equal(1.5, u.Potential(0), 12);
        Assert.Equal(1.5 - 0.7, u.Potential(u.RightMinimum), 12);
        foreach (double x in new[] { u.LeftMinimum, 0, u.RightMinimum }) Assert.Equal(0, u.Slope(x), 12);
        Assert.Equal(3, u.Second(u.LeftMinimum), 12);
        Assert.Equal(-1.2, u.Second(0), 12);
        Assert.Equal(1.1, u.Second(u.RightMinimum), 12);
        Assert.Equal(-Math.Sqrt(12 * 1.5 / (3 + 1.2)), u.LeftMinimum, 12);
    }

    [Fact]
    public void SlopeAndCurvatureAreTheDerivativesEverywhereAndTheOnlyStationaryPointsAreTheThree()
    {
        var u = Asymmetric;
        const double h = 1e-5;
        for (double x = -4; x <= 4; x += 0.0173)
        {
            Assert.Equal((u.Potential(x + h) - u.Potential(x - h)) / (2 * h), u.Slope(x), 6);
            Assert.Equal((u.Slope(x + h) - u.Slope(x - h)) / (2 * h), u.Second(x), 5);
            double sign = x < u.LeftMinimum || (x > 0 && x < u.RightMinimum) ? -1 : 1;
            if (Math.Abs(x - u.LeftMinimum) > 1e-3 && Math.Abs(x) > 1e-3 && Math.Abs(x - u.RightMinimum) > 1e-3) Assert.Equal(sign, Math.Sign(u.Slope(x)));
        }
    }

    [Fact]
    public void BadShapesAreRejectedWithTheirNames()
    {
        Assert.Equal("barrier", Assert.Throws<ArgumentOutOfRangeException>(() => new TunableDoubleWell(barrier: 0)).ParamName);
        Assert.Equal("curvature", Assert.Throws<ArgumentOutOfRangeException>(() => new TunableDoubleWell(curvature: -1)).ParamName);
        Assert.Equal("topCurvature", Assert.Throws<ArgumentOutOfRangeException>(() => new TunableDoubleWell(topCurvature: 1)).ParamName);
        Assert.Equal("rightCurvature", Assert.Throws<ArgumentOutOfRangeException>(() => new TunableDoubleWell(rightCurvature: 0)).ParamName);
    }
}

public class FiniteSumDoubleWellTests
{
    private static readonly FiniteSumDoubleWell Sum = new(new TunableDoubleWell(barrier: 1, curvature: 3, topCurvature: -1.5, rightCurvature: 2), noiseScale: 5);

    [Fact]
    public void TheExamplesAverageToTheWellAndSpreadByKappaTimesTheCurvatureAtEachMinimum()
    {
        var well = Sum.Well;
        Span<double> rows = stackalloc double[2];
        foreach (double x in new[] { -3.0, well.LeftMinimum, -0.4, 0, 0.3, well.RightMinimum, 2.5 })
        {
            Sum.ExampleGradients([x], [0, 1], rows);
            Assert.Equal(well.Slope(x), (rows[0] + rows[1]) / 2, 12);
            double variance = (rows[0] - rows[1]) * (rows[0] - rows[1]) / 4; // population variance of two values
            Assert.Equal(Sum.ExampleGradientVariance(x), variance, 10);
        }
        Assert.Equal(5 * 3, Sum.ExampleGradientVariance(well.LeftMinimum), 10);
        Assert.Equal(5 * 1.5, Sum.ExampleGradientVariance(0), 10);
        Assert.Equal(5 * 2, Sum.ExampleGradientVariance(well.RightMinimum), 10);
        Assert.Equal(5 * 3, Sum.ExampleGradientVariance(well.LeftMinimum - 2), 10); // the wall keeps the minimum's spread
    }

    [Fact]
    public void EachExamplesGradientIsTheDerivativeOfItsLoss()
    {
        const double h = 1e-6;
        Span<double> g = stackalloc double[1];
        for (double x = -3; x <= 3; x += 0.137)
            foreach (int i in new[] { 0, 1 })
            {
                double up = Sum.BatchGradient([x + h], [i], g), down = Sum.BatchGradient([x - h], [i], g);
                Sum.BatchGradient([x], [i], g);
                Assert.Equal((up - down) / (2 * h), g[0], 5);
            }
    }

    [Fact]
    public void AMinibatchWithRepeatsAveragesItsExamples()
    {
        Span<double> g = stackalloc double[1], rows = stackalloc double[2];
        double x = -0.8;
        Sum.ExampleGradients([x], [0, 1], rows);
        Sum.BatchGradient([x], [0, 0, 1], g);
        Assert.Equal((2 * rows[0] + rows[1]) / 3, g[0], 12);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => Sum.BatchGradient([x], [2], new double[1])).ParamName);
    }
}
