using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Networks;
using AnisotropicNoise.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Curvature;

public class SpectralDensityTests
{
    // Three outliers above a bulk spread evenly over [0, 1]: the shape Prop. 2's first condition describes.
    private static readonly double[] Spectrum = [100, 50, 20, .. Enumerable.Range(0, 197).Select(i => i / 196.0)];

    private static double Exact(Func<double, double> f) => Spectrum.Sum(f) / Spectrum.Length;

    [Fact]
    public void OnADiagonalMatrixEveryRademacherProbeGivesTheExactMomentsAndOutlierMass()
    {
        // z_i² = 1, so zᵀ A^p z / D = Tr(A^p) / D for every probe, and Gauss quadrature of 30 nodes is exact below degree 60.
        var density = SpectralDensity.Of(new DenseOperator(Matrix<double>.Build.DenseOfDiagonalArray(Spectrum)), probes: 3, steps: 30, new RandomStream(1));
        for (int p = 0; p <= 4; p++)
        {
            var moment = density.Moment(p);
            Assert.Equal(Exact(t => Math.Pow(t, p)), moment.Value, 1e-10 * Exact(t => Math.Pow(t, p)));
            Assert.True(moment.StandardError < 1e-9 * Exact(t => Math.Pow(t, p)), $"power {p}: every probe agrees");
        }
        // The outliers are resolved: each probe puts weight 1/D on nodes at 100, 50 and 20.
        Assert.Equal(3.0 / Spectrum.Length, density.FractionAbove(10).Value, 1e-9);
        Assert.All(density.Rules, r => Assert.Equal([100, 50, 20], r.Nodes.Take(3), new Tolerance(1e-8)));
        Assert.All(density.Rules, r => Assert.Equal(1, r.Weights.Sum(), 1e-12));
    }

    [Fact]
    public void OnARotatedMatrixTheMomentsAreUnbiasedAndTheBroadenedDensityIntegratesToOne()
    {
        var random = new RandomStream(2);
        var density = SpectralDensity.Of(new DenseOperator(TestMatrices.WithSpectrum(Spectrum, random)), probes: 40, steps: 30, random);
        for (int p = 1; p <= 2; p++)
        {
            var moment = density.Moment(p);
            double exact = Exact(t => Math.Pow(t, p));
            Assert.True(Math.Abs(moment.Value - exact) < 4 * moment.StandardError, $"power {p}: {moment} vs exact {exact:G6}");
        }
        // The outliers' mass: each probe's (zᵀu)²/D has mean 1/D per outlier.
        var outliers = density.FractionAbove(10);
        Assert.True(Math.Abs(outliers.Value - 3.0 / Spectrum.Length) < 4 * outliers.StandardError, $"{outliers} vs exact {3.0 / Spectrum.Length}");
        Assert.Equal(100, density.Range.High, 1e-8);
        // ∫ φ over a grid wide enough for the Gaussians (trapezoid, step σ/10): 1; near the top outlier: the rules' weight there.
        const double sigma = 0.05;
        double Integral(double from, double to)
        {
            int n = (int)Math.Ceiling((to - from) / (sigma / 10));
            double h = (to - from) / n, sum = 0;
            for (int i = 0; i <= n; i++) sum += (i == 0 || i == n ? 0.5 : 1) * density.At(from + i * h, sigma);
            return sum * h;
        }
        Assert.Equal(1, Integral(-1, 101), 1e-6);
        Assert.Equal(density.Mean(t => t is > 99 and < 101 ? 1 : 0).Value, Integral(99, 101), 1e-9);
    }

    [Fact]
    public void OnANetworksHessianItAgreesWithTheDenseSpectrum()
    {
        // The 92-parameter CNN on 40 random 8×8 images, whose Hessian is small enough to decompose.
        var objective = new NetworkObjective(TinyNets.Cnn(), TinyNets.Data(40, 64, 4, seed: 3));
        var theta = TinyNets.Parameters(objective.Dimension, 0.5, seed: 4);
        var dense = objective.Hessian(theta);
        var (values, _) = SymmetricEigen.Decompose(dense, "H");
        var density = HessianAt.Of(objective, theta, seed: 5).Density(probes: 30, steps: 40);
        var trace = density.Moment(1);
        Assert.True(Math.Abs(trace.Value - dense.Trace() / objective.Dimension) < 4 * trace.StandardError, $"{trace} vs exact {dense.Trace() / objective.Dimension:G6}");
        var square = density.Moment(2);
        double frobenius = values.Sum(v => v * v) / objective.Dimension;
        Assert.True(Math.Abs(square.Value - frobenius) < 4 * square.StandardError, $"{square} vs exact {frobenius:G6}");
        Assert.Equal(values[0], density.Range.High, 1e-6 * Math.Abs(values[0]));
        Assert.Equal(values[^1], density.Range.Low, 1e-6 * Math.Abs(values[0]));
        // Same seed, same density.
        Assert.Equal(density.Rules.SelectMany(r => r.Nodes), HessianAt.Of(objective, theta, seed: 5).Density(probes: 30, steps: 40).Rules.SelectMany(r => r.Nodes));
    }

    [Fact]
    public void OnTheOneHiddenLayerNetsHessianItAgreesWithTheDenseSpectrum()
    {
        // The paper's Fig. 4 network (D = 300) at its initialisation: a dense spectrum with a few large eigenvalues.
        var random = new RandomStream(8);
        var objective = AnisotropicNoise.Experiments.OneHiddenLayer.HalfPlaneTask.CreateObjective(500, 100, 1e-3, random);
        var theta = AnisotropicNoise.Experiments.OneHiddenLayer.HalfPlaneTask.InitialParameters(objective.Dimension, random);
        var (values, _) = SymmetricEigen.Decompose(objective.Hessian(theta), "H");
        var density = HessianAt.Of(objective, theta, seed: 9).Density(probes: 20, steps: 60);
        for (int p = 1; p <= 3; p++)
        {
            var moment = density.Moment(p);
            double exact = values.Sum(v => Math.Pow(v, p)) / values.Length;
            Assert.True(Math.Abs(moment.Value - exact) < 4 * moment.StandardError, $"power {p}: {moment} vs exact {exact:G6}");
        }
        var top = density.FractionAbove(values[9] * 0.999 + values[10] * 0.001);
        Assert.True(Math.Abs(top.Value - 10.0 / values.Length) < 4 * top.StandardError + 1e-12, $"{top} vs exact {10.0 / values.Length}");
        Assert.Equal(values[0], density.Range.High, 1e-8 * values[0]);
    }

    [Fact]
    public void BadInputIsNamed()
    {
        var op = new DenseOperator(Matrix<double>.Build.DenseIdentity(4));
        Assert.Equal("probes", Assert.ThrowsAny<ArgumentException>(() => SpectralDensity.Of(op, 0, 2, new RandomStream(1))).ParamName);
        Assert.Equal("steps", Assert.ThrowsAny<ArgumentException>(() => SpectralDensity.Of(op, 1, 5, new RandomStream(1))).ParamName);
        var density = SpectralDensity.Of(op, 2, 2, new RandomStream(1));
        Assert.Equal("broadening", Assert.ThrowsAny<ArgumentException>(() => density.At(1, 0)).ParamName);
        // The identity's Krylov space closes after one step: one node at 1 with weight 1.
        Assert.All(density.Rules, r => { Assert.Equal([1.0], r.Nodes); Assert.Equal([1.0], r.Weights, new Tolerance(1e-15)); });
    }
}
