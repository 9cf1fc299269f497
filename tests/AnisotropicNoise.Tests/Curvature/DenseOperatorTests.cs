using AnisotropicNoise.Curvature;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Curvature;

public class DenseOperatorTests
{
    [Fact]
    public void AppliesTheMatrix()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 1 }, { 1, 3 } });
        var result = new double[2];
        new DenseOperator(m).Apply([1, -1], result);
        Assert.Equal([1.0, -2.0], result);
    }

    [Fact]
    public void NonSymmetricNonFiniteOrNonSquareInputIsRejectedByName()
    {
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => new DenseOperator(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 0, 1 } }))).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => new DenseOperator(Matrix<double>.Build.DenseOfArray(new double[,] { { double.NaN, 0 }, { 0, 1 } }))).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => new DenseOperator(Matrix<double>.Build.Dense(2, 3))).ParamName);
        var op = new DenseOperator(Matrix<double>.Build.DenseIdentity(2));
        Assert.Equal("v", Assert.Throws<ArgumentException>(() => op.Apply(new double[3], new double[2])).ParamName);
    }
}
