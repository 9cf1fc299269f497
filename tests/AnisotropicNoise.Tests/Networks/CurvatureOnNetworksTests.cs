using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>The curvature tools run on a network objective unchanged and agree with its dense Hessian.</summary>
public class CurvatureOnNetworksTests
{
    private static (NetworkObjective Objective, double[] Theta) Case()
    {
        var objective = new NetworkObjective(TinyNets.Cnn(), TinyNets.Data(30, 64, 4, seed: 1));
        return (objective, TinyNets.Parameters(objective.Dimension, 0.5, seed: 3));
    }

    [Fact]
    public void LanczosOnHessianProductsFindsTheDenseHessiansTopEigenvalue()
    {
        var (objective, theta) = Case();
        var dense = SymmetricEigen.Decompose(objective.Hessian(theta), "hessian").Values;
        var top = Lanczos.Top(new HessianOperator(objective, theta), 2, new RandomStream(6));
        Assert.Equal(dense[0], top.Values[0], tolerance: 1e-8 * Math.Abs(dense[0]));
        Assert.Equal(dense[1], top.Values[1], tolerance: 1e-8 * Math.Abs(dense[0]));
    }

    [Fact]
    public void MatrixFreeTraceHSigmaFromExampleGradientsMatchesTheDenseTrace()
    {
        var (objective, theta) = Case();
        int d = objective.Dimension, n = objective.Count;
        var rows = new double[n * d];
        objective.ExampleGradients(theta, Enumerable.Range(0, n).ToArray(), rows);
        var g = Matrix<double>.Build.Dense(n, d, (i, j) => rows[i * d + j]);
        var mean = g.ColumnSums() / n;
        var centred = g - Matrix<double>.Build.Dense(n, d, (_, j) => mean[j]);
        var sigma = centred.TransposeThisAndMultiply(centred) / (n - 1);
        var hessian = objective.Hessian(theta);
        double dense = TraceHSigma.Of(hessian, (sigma + sigma.Transpose()) / 2);
        double matrixFree = MatrixFreeTraceHSigma.Compute(new HessianOperator(objective, theta), rows, n);
        Assert.Equal(dense, matrixFree, tolerance: 1e-9 * Math.Abs(dense));
    }
}
