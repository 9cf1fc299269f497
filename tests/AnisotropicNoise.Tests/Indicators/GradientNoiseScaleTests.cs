using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Indicators;

public class GradientNoiseScaleTests
{
    private static readonly Matrix<double> H = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 1, 0 }, { 1, 2, 0.5 }, { 0, 0.5, 1 } });
    private static readonly Matrix<double> S = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0.3, 0 }, { 0.3, 1, 0 }, { 0, 0, 0.5 } });
    private static readonly double[] Theta = [0.4, -0.2, 0.7];

    [Fact]
    public void OnAGivenCovarianceTheScalesAreTheirClosedForms()
    {
        var g = H * Vector<double>.Build.DenseOfArray(Theta);
        var factor = new CovarianceFactor(S.Cholesky().Factor);
        var scales = GradientNoiseScale.Measure(g.ToArray(), new DenseOperator(H), factor);
        Assert.Equal(S.Trace() / g.DotProduct(g), scales.Simple.Value, 12);
        Assert.Equal((H * S).Trace() / (g * H * g), scales.Noise.Value, 12);
        Assert.Equal(g * H * g, scales.GradientCurvature, 12);
    }

    [Fact]
    public void FromGaussianPerExampleGradientsOfAQuadraticTheyMatchTheClosedFormsWithinTheirErrors()
    {
        // ℓ_i(θ) = ½ θᵀHθ + ξ_iᵀθ with ξ_i ~ N(0, S): per-example gradients Hθ + ξ_i, so Σ = S and G = Hθ.
        const int n = 20_000;
        var random = new RandomStream(21);
        var chol = S.Cholesky().Factor;
        var g = H * Vector<double>.Build.DenseOfArray(Theta);
        var rows = new double[n * 3];
        var z = new double[3];
        for (int i = 0; i < n; i++)
        {
            random.FillGaussian(z);
            var xi = chol * Vector<double>.Build.DenseOfArray(z);
            for (int k = 0; k < 3; k++) rows[i * 3 + k] = g[k] + xi[k];
        }
        var scales = GradientNoiseScale.Measure(g.ToArray(), new DenseOperator(H), CovarianceFactor.SampleCovariance(rows, n));
        double simple = S.Trace() / g.DotProduct(g), noise = (H * S).Trace() / (g * H * g);
        Assert.True(Math.Abs(scales.Simple.Value - simple) <= 4 * scales.Simple.StandardError, $"B_simple {scales.Simple} vs {simple:G6}");
        Assert.True(Math.Abs(scales.Noise.Value - noise) <= 4 * scales.Noise.StandardError, $"B_noise {scales.Noise} vs {noise:G6}");
        Assert.InRange(scales.Noise.StandardError / noise, 1e-3, 0.05);

        // Minibatches of m drawn with replacement have covariance S/m: scaled back by m, the same scales.
        var batches = CovarianceFactor.SampleCovariance(rows.Select((x, i) => g[i % 3] + (x - g[i % 3]) / Math.Sqrt(10)).ToArray(), n);
        Assert.Equal(scales.Noise.Value, GradientNoiseScale.Measure(g.ToArray(), new DenseOperator(H), batches, batchSize: 10).Noise.Value, 9);
    }

    [Fact]
    public void AZeroGradientOrAWrongLengthIsNamed()
    {
        var factor = new CovarianceFactor(S.Cholesky().Factor);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => GradientNoiseScale.Measure(new double[3], new DenseOperator(H), factor)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => GradientNoiseScale.Measure(new double[2], new DenseOperator(H), factor)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => GradientNoiseScale.Measure([1.0, 0, 0], new DenseOperator(H), factor, 0)).ParamName);
    }

    /// <summary>ℓ_i(θ) = ½ θᵀHθ + ξ_iᵀθ over a few fixed shifts ξ_i: G = Hθ + ξ̄, Σ = (1/N) Σ (ξ_i − ξ̄)(ξ_i − ξ̄)ᵀ.</summary>
    private sealed class ShiftedQuadratic(Matrix<double> hessian, double[][] shifts) : IFiniteSumObjective
    {
        public int Dimension => hessian.RowCount;
        public int Count => shifts.Length;
        public double Loss(ReadOnlySpan<double> theta) => throw new NotSupportedException();
        public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) => BatchGradient(theta, Enumerable.Range(0, Count).ToArray(), gradient);

        public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
        {
            var g = hessian * Vector<double>.Build.DenseOfArray(theta.ToArray());
            foreach (int i in indices)
                for (int c = 0; c < Dimension; c++) g[c] += shifts[i][c] / indices.Length;
            g.AsArray().CopyTo(gradient);
            return 0;
        }

        public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
        {
            for (int r = 0; r < indices.Length; r++) BatchGradient(theta, indices.Slice(r, 1), gradients.Slice(r * Dimension, Dimension));
        }
    }

    private static readonly double[][] Shifts = [[1, 0, 0.5], [-0.5, 2, 0], [0, -1, 1], [0.25, 0.5, -2]];

    [Fact]
    public void TheExactScalesOfAFiniteSumAreTheClosedFormsOfItsPopulationCovariance()
    {
        var objective = new ShiftedQuadratic(H, Shifts);
        var mean = Vector<double>.Build.Dense(3);
        foreach (var xi in Shifts) mean += Vector<double>.Build.DenseOfArray(xi) / Shifts.Length;
        var sigma = Matrix<double>.Build.Dense(3, 3);
        foreach (var xi in Shifts)
        {
            var c = Vector<double>.Build.DenseOfArray(xi) - mean;
            sigma += c.OuterProduct(c) / Shifts.Length;
        }
        var g = H * Vector<double>.Build.DenseOfArray(Theta) + mean;

        var scales = GradientNoiseScale.Exact(objective, Theta, new DenseOperator(H))!;
        Assert.Equal(sigma.Trace() / g.DotProduct(g), scales.Simple.Value, 12);
        Assert.Equal((H * sigma).Trace() / (g * H * g), scales.Noise.Value, 12);
        Assert.Equal(0, scales.Simple.StandardError);
        Assert.Equal(0, scales.Noise.StandardError);

        // Where the gradient vanishes (shifts that cancel, θ = 0) the scales are undefined, not infinite.
        Assert.Null(GradientNoiseScale.Exact(new ShiftedQuadratic(H, [[1, 0, 0.5], [-1, 0, -0.5]]), new double[3], new DenseOperator(H)));
        Assert.Equal("hessian", Assert.Throws<ArgumentException>(() => GradientNoiseScale.Exact(objective, Theta, new DenseOperator(Matrix<double>.Build.DenseIdentity(2)))).ParamName);
    }
}
