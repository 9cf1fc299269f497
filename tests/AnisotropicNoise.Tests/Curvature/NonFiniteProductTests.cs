using AnisotropicNoise.Indicators;
using AnisotropicNoise.Curvature;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Curvature;

public class NonFiniteProductTests
{
    /// <summary>An operator that returns NaN in one coordinate, as a Hessian at a diverged point would.</summary>
    private sealed class BrokenOperator : ILinearOperator
    {
        public int Dimension => 4;

        public void Apply(ReadOnlySpan<double> v, Span<double> result)
        {
            v.CopyTo(result);
            result[2] = double.NaN;
        }
    }

    [Fact]
    public void EveryMethodStopsAndNamesTheOperator()
    {
        var op = new BrokenOperator();
        Assert.Equal("op", Assert.Throws<ArgumentException>(() => Lanczos.Top(op, 2, new RandomStream(1))).ParamName);
        Assert.Equal("op", Assert.Throws<ArgumentException>(() => PowerIteration.Top(op, new RandomStream(1))).ParamName);
        Assert.Equal("op", Assert.Throws<ArgumentException>(() => Hutchinson.Trace(op, 3, new RandomStream(1))).ParamName);
        Assert.Equal("hessian", Assert.Throws<ArgumentException>(() => MatrixFreeTraceHSigma.Compute(op, [1, 2, 3, 4, 0, 0, 0, 1], 2)).ParamName);
    }
}
