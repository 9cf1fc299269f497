using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace AnisotropicNoise.Tests.Noise;

/// <summary>GLD Hessian's largest-magnitude selection, and its warm-started top-k against the cold 60-product Lanczos.</summary>
public class WarmHessianNoiseTests(ITestOutputHelper output)
{
    private const double Target = 0.37;
    private static readonly NoiseMagnitude Fixed = NoiseMagnitude.FixedTrace(Target);

    private static EigenpairSampler Prepare(INoise noise, IObjective objective, double[] theta, int step, INoiseSampler? previous = null) =>
        (EigenpairSampler)noise.Prepare(new NoiseContext(objective, theta, 0.1, step, new RandomStream(100 + step), previous)).Sampler;

    [Fact]
    public void The_scripts_signed_sum_scale_weighs_each_pair_by_its_share_of_the_signed_sum()
    {
        // Top 2 by magnitude: 3 and −4. The script's weights |λᵢ / (3 − 4)| = 3, 4: a trace of 7 / |−1| = 7 times the target.
        var h = TestMatrices.WithSpectrum([3, 2, -4, 0.5], new RandomStream(2));
        var (_, vectors) = SymmetricEigen.Decompose(h, "h"); // 3, 2, 0.5, −4
        var expected = (3 * vectors.Column(0).OuterProduct(vectors.Column(0)) + 4 * vectors.Column(3).OuterProduct(vectors.Column(3))) * Target;
        var noise = new HessianNoise(2, Fixed, selection: EigenSelection.LargestMagnitude, signedSumScale: true);
        SampleCovariance.AssertMatches(Prepare(noise, new Quadratic(h), new double[4], 0), expected);
        Assert.Equal(7.0, HessianNoise.ScriptsTraceFactor([3, -4]), 12);
        Assert.Equal(1.0, HessianNoise.ScriptsTraceFactor([3, 2, 0.5]), 12);
        Assert.Throws<InvalidOperationException>(() => HessianNoise.ScriptsTraceFactor([2, -2]));
        Assert.Throws<ArgumentException>(() => new HessianNoise(2, Fixed, signedSumScale: true));
    }

    [Fact]
    public void LargestMagnitudeKeepsNegativeEigenvaluesWeightedByTheirSize()
    {
        var h = TestMatrices.WithSpectrum([3, 2, -4, 0.5], new RandomStream(2));
        var (values, vectors) = SymmetricEigen.Decompose(h, "h"); // 3, 2, 0.5, −4
        var expected = (3 * vectors.Column(0).OuterProduct(vectors.Column(0)) + 4 * vectors.Column(3).OuterProduct(vectors.Column(3))) * (Target / 7);
        var noise = new HessianNoise(2, Fixed, selection: EigenSelection.LargestMagnitude);
        var sampler = Prepare(noise, new Quadratic(h), new double[4], 0);
        Assert.Equal([3, -4], sampler.Eigenpairs.Values.Select(v => Math.Round(v, 10)));
        SampleCovariance.AssertMatches(sampler, expected);
        // The default keeps the algebraically largest, and a negative one among them is still an error.
        Assert.Equal([3, 2], Prepare(new HessianNoise(2, Fixed), new Quadratic(h), new double[4], 0).Eigenpairs.Values.Select(v => Math.Round(v, 10)));
        Assert.Throws<InvalidOperationException>(() => new HessianNoise(4, Fixed).Prepare(new NoiseContext(new Quadratic(h), new double[4], 0.1, 0, new RandomStream(1))).Sampler);
        Assert.Equal(values.Length, Prepare(new HessianNoise(4, Fixed, selection: EigenSelection.LargestMagnitude), new Quadratic(h), new double[4], 0).Eigenpairs.Count);
    }

    [Fact]
    public void WarmOptionsAreCheckedAndShown()
    {
        var noise = new HessianNoise(5, Fixed, maxIterations: 60, selection: EigenSelection.LargestMagnitude, warmStart: true);
        Assert.Equal((EigenSelection.LargestMagnitude, true, HessianNoise.DefaultTolerance), (noise.Selection, noise.WarmStart, noise.Tolerance));
        Assert.Equal((EigenSelection.Largest, false), (new HessianNoise(5, Fixed).Selection, new HessianNoise(5, Fixed).WarmStart));
        Assert.Equal("warmStart", Assert.Throws<ArgumentException>(() => new HessianNoise(5, Fixed, warmStart: true)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new HessianNoise(5, Fixed, maxIterations: 60, tolerance: 0)).ParamName);
        Assert.Equal("selection", Assert.Throws<ArgumentOutOfRangeException>(() => new HessianNoise(5, Fixed, selection: (EigenSelection)3)).ParamName);
        Assert.Equal("context", Assert.Throws<ArgumentException>(() => new HessianNoise(1, Fixed, maxIterations: 5, warmStart: true).Prepare(
            new NoiseContext(new GradientOnly(new LeastSquares(10, 3, 1)), new double[3], 0.1, 0, new RandomStream(1))).Sampler).ParamName);
    }

    [Theory]
    [InlineData(EigenSelection.Largest)]
    [InlineData(EigenSelection.LargestMagnitude)]
    public void AlongACnnTrajectoryWarmMatchesColdForFewerProducts(EigenSelection selection)
    {
        // The warm dynamic's own path (η = 10⁻³, noise of total variance 10⁻⁶ shaped by H₂₀, refreshed every
        // 10 steps); at each refresh the cold solve (60 Lanczos products from a fresh random start) at the same
        // point (it stops at 10⁻¹⁰, near 50 products here). Tolerance τ = 10⁻³ of the largest |λ| (≈ 1,100): each
        // warm Ritz value lies within τ|λ₁| of an eigenvalue. The last pairs (λ ≈ 5.7) sit next to close ones and are
        // resolved only to τ|λ₁| ≈ 1, so one or two directions at the boundary of the top 20 may differ from the
        // cold ones; they carry under 1 % of H₂₀'s weight, so the covariance H₂₀ agrees to 1 % (Frobenius) and the
        // other 18 principal angles are below 0.01 rad.
        const int K = 20, Budget = 60, Refreshes = 4, Every = 10;
        var objective = SmallCnnTrajectory.Objective;
        var theta = SmallCnnTrajectory.Theta;
        var magnitude = NoiseMagnitude.FixedTrace(1e-6);
        var warm = new HessianNoise(K, magnitude, maxIterations: Budget, selection: selection, warmStart: true);
        var cold = new HessianNoise(K, magnitude, maxIterations: Budget, selection: selection);
        var gradient = new double[theta.Length];
        var draw = new double[theta.Length];
        var random = new RandomStream(7);
        EigenpairSampler? previous = null;
        int warmProducts = 0, coldProducts = 0;
        for (int r = 0; r < Refreshes; r++)
        {
            var w = Prepare(warm, objective, theta, r * Every, previous);
            var c = Prepare(cold, objective, theta, r * Every);
            double top = Math.Abs(c.Eigenpairs.Values[0]), worst = 0;
            for (int i = 0; i < K; i++) worst = Math.Max(worst, Math.Abs(w.Eigenpairs.Values[i] - c.Eigenpairs.Values[i]) / top);
            var angles = PrincipalAngles(w.Eigenpairs.Vectors, c.Eigenpairs.Vectors);
            double covariance = CovarianceDistance(w.Eigenpairs, c.Eigenpairs);
            output.WriteLine($"refresh {r}: warm {w.Eigenpairs.Products} products (residual {w.Eigenpairs.Residual / top:G3}), cold {c.Eigenpairs.Products} ({c.Eigenpairs.Residual / top:G3}); max |Δλ_i|/|λ₁| {worst:G3}; principal angles {string.Join(", ", angles.Select(a => a.ToString("G2")))} rad; ‖ΔH₂₀‖_F/‖H₂₀‖_F {covariance:G3}; λ₂₀ {c.Eigenpairs.Values[^1]:G4}");
            Assert.True(worst <= warm.Tolerance, $"refresh {r}: max |Δλ_i|/|λ₁| = {worst}");
            Assert.True(covariance <= 0.01, $"refresh {r}: ‖ΔH₂₀‖_F/‖H₂₀‖_F = {covariance}");
            Assert.True(angles[2] <= 0.01, $"refresh {r}: third-largest principal angle {angles[2]} rad");
            if (r > 0) (warmProducts, coldProducts) = (warmProducts + w.Eigenpairs.Products, coldProducts + c.Eigenpairs.Products);
            previous = w;
            for (int s = 0; s < Every; s++)
            {
                objective.Gradient(theta, gradient);
                w.Sample(random, draw);
                for (int i = 0; i < theta.Length; i++) theta[i] += -1e-3 * gradient[i] + draw[i];
            }
        }
        output.WriteLine($"products per refresh after the first: warm {warmProducts / (double)(Refreshes - 1):F1}, cold {coldProducts / (double)(Refreshes - 1):F1}");
        Assert.True(warmProducts < coldProducts * 2 / 3, $"warm {warmProducts}, cold {coldProducts}");
    }

    // The principal angles between the column spaces of two orthonormal bases, largest first.
    private static double[] PrincipalAngles(Matrix<double> a, Matrix<double> b) =>
        a.TransposeThisAndMultiply(b).Svd(computeVectors: false).S.Select(c => Math.Acos(Math.Min(1, c))).OrderDescending().ToArray();

    // ‖A − B‖_F / ‖B‖_F for A = U diag(|λ|) Uᵀ, B = V diag(|μ|) Vᵀ, from k × k products only: ‖A − B‖² = ‖A‖² + ‖B‖² − 2 tr(AB).
    private static double CovarianceDistance(Eigenpairs a, Eigenpairs b)
    {
        var overlap = a.Vectors.TransposeThisAndMultiply(b.Vectors);
        double aa = a.Values.Sum(x => x * x), bb = b.Values.Sum(x => x * x), ab = 0;
        for (int i = 0; i < a.Count; i++)
            for (int j = 0; j < b.Count; j++) ab += Math.Abs(a.Values[i] * b.Values[j]) * overlap[i, j] * overlap[i, j];
        return Math.Sqrt(Math.Max(0, aa + bb - 2 * ab) / bb);
    }
}
