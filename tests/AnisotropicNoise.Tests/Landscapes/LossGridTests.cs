using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Landscapes;

public class LossGridTests
{
    [Fact]
    public void HoldsTheLossAtEachGridPointRowByY()
    {
        var landscape = TwoWellLandscape.Generate(10, new RandomStream(2));
        var grid = LossGrid.Evaluate(landscape, -2, 2, 5);
        Assert.Equal([-2, -1, 0, 1, 2], grid.X);
        Assert.Equal(grid.X, grid.Y);
        Assert.Equal(landscape.Loss([1, -2]), grid.Loss[0][3]);
        Assert.Equal(landscape.Loss([-1, 0]), grid.Loss[2][1]);
    }

    [Fact]
    public void RejectsBadInput()
    {
        var landscape = TwoWellLandscape.Generate(10, new RandomStream(2));
        Assert.Equal("objective", Assert.Throws<ArgumentException>(() => LossGrid.Evaluate(new LeastSquares(5, 3, 1), -1, 1, 5)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => LossGrid.Evaluate(landscape, 1, 1, 5)).ParamName);
        Assert.Equal("low", Assert.Throws<ArgumentOutOfRangeException>(() => LossGrid.Evaluate(landscape, double.NaN, 1, 5)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => LossGrid.Evaluate(landscape, -1, 1, 1)).ParamName);
    }
}
