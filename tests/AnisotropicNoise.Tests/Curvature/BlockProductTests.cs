using AnisotropicNoise.Curvature;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Curvature;

/// <summary>Blocks of products equal single products; the estimators that use them give what one product at a time gives.</summary>
public class BlockProductTests
{
    private static double[] Gaussian(int length, long seed)
    {
        var values = new double[length];
        new RandomStream(seed).FillGaussian(values);
        return values;
    }

    [Fact]
    public void ANetworksHessianOperatorComputesABlockLargerThanOnePassAsSingleProducts()
    {
        var objective = new NetworkObjective(TinyNets.Cnn(), TinyNets.Data(37, 64, 4, 3));
        var hessian = new HessianOperator(objective, TinyNets.Parameters(objective.Dimension, 0.5, 4));
        int d = hessian.Dimension, rows = 35; // more than one pass of 20
        var vectors = Gaussian(rows * d, 5);
        var products = new double[rows * d];
        hessian.ApplyBlock(vectors, products);
        var single = new double[d];
        for (int b = 0; b < rows; b++)
        {
            hessian.Apply(vectors.AsSpan(b * d, d), single);
            double error = TinyNets.RelativeError(products.AsSpan(b * d, d), single);
            Assert.True(error <= 1e-10, $"row {b}: relative error {error}");
        }
    }

    [Fact]
    public void TheDefaultBlockIsOneProductPerRowAndTheCounterCountsRows()
    {
        var a = TestMatrices.RandomSymmetric(6, new RandomStream(2));
        var counted = new CountingOperator(new DenseOperator(a));
        var vectors = Gaussian(3 * 6, 3);
        var products = new double[vectors.Length];
        counted.ApplyBlock(vectors, products);
        Assert.Equal(3, counted.Count);
        for (int b = 0; b < 3; b++)
        {
            var expected = a * Vector<double>.Build.DenseOfArray(vectors[(b * 6)..((b + 1) * 6)]);
            for (int i = 0; i < 6; i++) Assert.Equal(expected[i], products[b * 6 + i], 12);
        }
    }

    [Fact]
    public void ABlockThatIsNotWholeRowsNamesTheArgument()
    {
        ILinearOperator op = new DenseOperator(Matrix<double>.Build.DenseIdentity(4));
        Assert.Equal("vectors", Assert.Throws<ArgumentException>(() => op.ApplyBlock(new double[6], new double[6])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => op.ApplyBlock(new double[8], new double[4])).ParamName);
    }

    [Fact]
    public void HutchinsonInBlocksDrawsTheSameProbesAsOneAtATime()
    {
        var a = TestMatrices.RandomSymmetric(9, new RandomStream(6));
        const int Probes = 70; // four blocks
        var blocked = Hutchinson.Trace(new DenseOperator(a), Probes, new RandomStream(7));

        var random = new RandomStream(7);
        var draws = new double[Probes];
        for (int p = 0; p < Probes; p++)
        {
            var z = Vector<double>.Build.Dense(9, _ => (random.NextUInt64() >> 63) == 0 ? -1.0 : 1.0);
            draws[p] = z * (a * z);
        }
        var expected = MonteCarloEstimate.Of(draws);
        Assert.Equal(expected.Mean, blocked.Mean, 12);
        Assert.Equal(expected.StandardError, blocked.StandardError, 12);
    }

    [Fact]
    public void TraceWithAFactorOfManyColumnsIsTheSumOfItsColumnQuadratics()
    {
        var a = TestMatrices.RandomSymmetric(5, new RandomStream(8));
        var f = Matrix<double>.Build.DenseOfColumnMajor(5, 45, Gaussian(5 * 45, 9)); // 45 columns: three blocks
        var factor = new CovarianceFactor(f);
        var terms = factor.ColumnQuadratics(new DenseOperator(a));
        for (int j = 0; j < 45; j++) Assert.Equal(f.Column(j) * (a * f.Column(j)), terms[j], 12);
        Assert.Equal((a * f * f.Transpose()).Trace(), factor.TraceWith(new DenseOperator(a)), 10);
    }
}
