using AnisotropicNoise.Indicators;
using System.Diagnostics;
using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// Cost of <c>Tr(HΣ̂)</c> for B = 100 minibatch gradients: matrix-free (B Hessian-vector products)
/// against building H column by column (D products, as the authors' code does) and then the dense
/// trace, at D = 300 and at the FashionMNIST net's D = 11,330, on an HVP-only low-rank-plus-diagonal
/// quadratic. Also Lanczos top-10 on the same operator.
/// </summary>
internal sealed class CurvatureBenchmark : IBenchmark
{
    private const int Batches = 100;

    public string Name => "curvature";

    public void Run(TextWriter output)
    {
        output.WriteLine("D\tmethod\tproducts\tseconds\tTr(HΣ̂)");
        foreach (int dimension in new[] { 300, 11_330 })
            Compare(dimension, output);
    }

    private static void Compare(int dimension, TextWriter output)
    {
        var random = new RandomStream(dimension);
        var objective = LowRankPlusDiagonalQuadratic.Random(dimension, rank: 20, bulk: 0.01, outlier: 1, random);
        var theta = new double[dimension];
        var gradients = new double[Batches * dimension];
        random.FillGaussian(gradients);

        var freeCounter = new CountingOperator(new HessianOperator(objective, theta));
        var clock = Stopwatch.StartNew();
        double matrixFree = MatrixFreeTraceHSigma.Compute(freeCounter, gradients, Batches);
        double freeSeconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"{dimension}\tmatrix-free\t{freeCounter.Count}\t{freeSeconds:F3}\t{matrixFree:G12}");

        var denseCounter = new CountingOperator(new HessianOperator(objective, theta));
        clock.Restart();
        var hessian = DenseHessian.FromProducts(denseCounter);
        double buildSeconds = clock.Elapsed.TotalSeconds;
        double dense = DenseTrace(hessian, gradients, dimension);
        double denseSeconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"{dimension}\tdense H (build {buildSeconds:F3} s) + Tr(HΣ̂)\t{denseCounter.Count}\t{denseSeconds:F3}\t{dense:G12}");
        output.WriteLine($"{dimension}\tratio dense/matrix-free\t{(double)denseCounter.Count / freeCounter.Count:F1}×\t{denseSeconds / freeSeconds:F1}×\trelative difference {Math.Abs(dense - matrixFree) / Math.Abs(dense):E2}");

        var lanczosCounter = new CountingOperator(new HessianOperator(objective, theta));
        clock.Restart();
        var top = Lanczos.Top(lanczosCounter, 10, new RandomStream(1));
        output.WriteLine($"{dimension}\tLanczos top-10 (λ₁ = {top.Values[0]:G6}, residual {top.Residual:E1})\t{lanczosCounter.Count}\t{clock.Elapsed.TotalSeconds:F3}\t");
    }

    /// <summary>
    /// <c>Tr(HΣ̂) = Σ_b c_bᵀ H c_b / (B − 1)</c> with the dense H, as one product <c>H Cᵀ</c>: the cheapest
    /// dense evaluation (forming the D × D matrix Σ̂ as well would cost another D²B and 1 GB at D = 11,330).
    /// </summary>
    private static double DenseTrace(Matrix<double> hessian, double[] gradients, int dimension)
    {
        var rows = Matrix<double>.Build.Dense(Batches, dimension, (b, i) => gradients[b * dimension + i]);
        var mean = rows.ColumnSums() / Batches;
        var centredColumns = Matrix<double>.Build.Dense(dimension, Batches, (i, b) => rows[b, i] - mean[i]);
        return (hessian * centredColumns).PointwiseMultiply(centredColumns).Enumerate().Sum() / (Batches - 1);
    }
}
