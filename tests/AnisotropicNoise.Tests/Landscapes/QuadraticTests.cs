using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Landscapes;

public class QuadraticTests
{
    [Fact]
    public void LossGradientAndProductsFollowTheFormula()
    {
        var h = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 1 }, { 1, 4 } });
        var q = new Quadratic(h, [1, -1], minimum: 0.5);
        double[] theta = [2, 1]; // δ = (1, 2), Hδ = (4, 9), ½δᵀHδ = 11
        var gradient = new double[2];
        Assert.Equal(11.5, q.Loss(theta), 14);
        Assert.Equal(11.5, q.Gradient(theta, gradient), 14);
        Assert.Equal([4.0, 9.0], gradient);
        var product = new double[2];
        q.HessianVectorProduct(theta, [1, 0], product);
        Assert.Equal([2.0, 1.0], product);
        Assert.Equal(0.5, q.Loss([1, -1]));
        Assert.Equal(h, q.Hessian(theta));
    }

    [Fact]
    public void GradientMatchesCentralDifferencesOfTheLoss()
    {
        var random = new RandomStream(2);
        var q = new Quadratic(TestMatrices.RandomSymmetric(7, random), Enumerable.Range(0, 7).Select(i => 0.1 * i).ToArray());
        var theta = Enumerable.Range(0, 7).Select(_ => random.NextGaussian()).ToArray();
        var gradient = new double[7];
        q.Gradient(theta, gradient);
        for (int i = 0; i < 7; i++)
        {
            var plus = (double[])theta.Clone(); plus[i] += 1e-5;
            var minus = (double[])theta.Clone(); minus[i] -= 1e-5;
            Assert.Equal(gradient[i], (q.Loss(plus) - q.Loss(minus)) / 2e-5, 7);
        }
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var nonSymmetric = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 1 } });
        Assert.Equal("hessian", Assert.Throws<ArgumentException>(() => new Quadratic(nonSymmetric)).ParamName);
        Assert.Equal("center", Assert.Throws<ArgumentException>(() => new Quadratic(Matrix<double>.Build.DenseIdentity(2), [1.0])).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentOutOfRangeException>(() => new Quadratic(Matrix<double>.Build.DenseIdentity(2), minimum: double.NaN)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => new Quadratic(Matrix<double>.Build.DenseIdentity(2)).Loss([1.0])).ParamName);
    }

    [Fact]
    public void LowRankPlusDiagonalProductsEqualTheDenseMatrix()
    {
        const int d = 40, r = 3;
        var q = LowRankPlusDiagonalQuadratic.Random(d, r, 0.1, 10, new RandomStream(4));
        var dense = DenseHessian.FromProducts(new HessianOperator(q, new double[d]));
        var random = new RandomStream(5);
        var theta = Enumerable.Range(0, d).Select(_ => random.NextGaussian()).ToArray();
        var gradient = new double[d];
        double loss = q.Gradient(theta, gradient);
        var expected = dense * Vector<double>.Build.DenseOfArray(theta);
        for (int i = 0; i < d; i++) Assert.Equal(expected[i], gradient[i], 12);
        Assert.Equal(0.5 * expected.DotProduct(Vector<double>.Build.DenseOfArray(theta)), loss, 11);
        var (values, _) = SymmetricEigen.Decompose(dense, "dense", requirePositiveSemidefinite: true);
        Assert.True(values[r - 1] > 10 * values[r], "r outliers above the bulk");
    }
}
