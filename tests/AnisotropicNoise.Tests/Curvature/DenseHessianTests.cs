using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Curvature;

public class DenseHessianTests
{
    private static readonly double[] A = [0.3, -1.2, 0.7, 2.0, -0.4];
    private static readonly double[] Theta = [1.0, -0.5, 0.25, 2.0, -1.5];

    [Fact]
    public void FromProductsOfAnObjectiveEqualsItsExactHessian()
    {
        var objective = new QuarticObjective(A);
        var counter = new CountingOperator(new HessianOperator(objective, Theta));
        var h = DenseHessian.FromProducts(counter);
        Assert.Equal(5, counter.Count);
        Assert.True((h - objective.Hessian(Theta)).InfinityNorm() < 1e-14);
    }

    [Fact]
    public void GradientDifferencesMatchTheExactHessianToSecondOrder()
    {
        var objective = new QuarticObjective(A);
        var h = DenseHessian.FromGradientDifferences(objective, Theta, 1e-4);
        // The central difference of θ³ has error exactly h²; 1e-8 leaves room for rounding.
        Assert.True((h - objective.Hessian(Theta)).InfinityNorm() < 2e-8);
    }

    [Fact]
    public void QuadraticIsRecoveredAndTheResultIsExactlySymmetric()
    {
        var hessian = TestMatrices.RandomSymmetric(6, new RandomStream(3));
        var quadratic = new Quadratic(hessian, [1, 2, 3, 4, 5, 6]);
        var h = DenseHessian.FromGradientDifferences(quadratic, new double[6]);
        Assert.True((h - hessian).InfinityNorm() < 1e-8);
        Assert.Equal(h, h.Transpose());
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        var objective = new QuarticObjective(A);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => DenseHessian.FromGradientDifferences(objective, [1.0, 2.0])).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => DenseHessian.FromGradientDifferences(objective, [1, 2, double.NaN, 4, 5])).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => DenseHessian.FromGradientDifferences(objective, Theta, 0)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => new HessianOperator(objective, [1.0])).ParamName);
    }
}
