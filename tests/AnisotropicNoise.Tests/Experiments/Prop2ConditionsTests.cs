using AnisotropicNoise.Experiments.Conditions;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Tests.Networks;

namespace AnisotropicNoise.Tests.Experiments;

public class Prop2ConditionsTests
{
    // The 92-parameter CNN on 40 random 8×8 images: its Hessian and SGD's covariance fit in dense matrices.
    private static readonly NetworkObjective Objective = new(TinyNets.Cnn(), TinyNets.Data(40, 64, 4, seed: 3));
    private static readonly double[] Theta = TinyNets.Parameters(Objective.Dimension, 0.5, seed: 4);
    private static readonly ConditionsSettings Settings = new() { TopCount = 5, LanczosBudget = 92, TraceProbes = 400, DensityProbes = 4, DensitySteps = 40, Seed = 7 };
    private static readonly ConditionsAt Point = Prop2Conditions.Measure(Objective, Theta, batchSize: 5, leadingCount: 3, learningRate: 0.07, Settings);

    private static NoiseAlignment Of(string structure) => Point.Structures.Single(s => s.Structure == structure);

    private static void Within(double exact, AnisotropicNoise.Statistics.Estimate estimate, string what) =>
        Assert.True(Math.Abs(estimate.Value - exact) < 4 * estimate.StandardError, $"{what}: {estimate} vs exact {exact:G6}");

    [Fact]
    public void SgdsAlignmentAndRatioAgreeWithTheDenseMatrices()
    {
        var hessian = Objective.Hessian(Theta);
        var sigma = SgdNoise.At(Objective, Theta, batchSize: 5, seed: Settings.Seed).ToMatrix();
        var (values, vectors) = SymmetricEigen.Decompose(hessian, "H");
        Assert.Equal(values.Take(5), Point.TopEigenvalues, new Support.Tolerance(1e-8 * values[0]));
        Within(hessian.Trace(), Point.TraceH, "Tr H");
        var exact = EscapeIndicators.Of(hessian, sigma);
        var u1 = vectors.Column(0);
        Assert.Equal(u1 * sigma * u1 / sigma.Trace(), Of("SGD").ShareAlongTop, 1e-9);
        Within(exact.Alignment, Of("SGD").Alignment, "SGD's alignment");
        Within(exact.Ratio.Value, Of("SGD").Ratio, "SGD's ratio");
        // GLD diag: Tr(H diag Σ̂) = Σ H_ii Σ̂_ii, by weighted Hutchinson probes.
        double diagonal = Enumerable.Range(0, hessian.RowCount).Sum(i => hessian[i, i] * sigma[i, i]);
        Within(diagonal * hessian.RowCount / (hessian.Trace() * sigma.Trace()), Of("GLD diag").Ratio, "GLD diag's ratio");
        // GLD leading: Σ̂'s top three eigenpairs.
        var (sv, su) = SymmetricEigen.Decompose(sigma, "Σ̂");
        double leadingShare = Enumerable.Range(0, 3).Sum(j => sv[j] * Math.Pow(su.Column(j) * u1, 2)) / sv.Take(3).Sum();
        Assert.Equal(leadingShare, Of("GLD leading").ShareAlongTop, 1e-8);
    }

    [Fact]
    public void TheNoisesProportionalityToHIsReadInTheDenseTopEigenspace()
    {
        // S = VᵀΣV over H's top five eigenvectors; per-example C = N · (its factor's Σ), SGD's Σ̂ scaled by m = 5.
        var hessian = Objective.Hessian(Theta);
        var (values, vectors) = SymmetricEigen.Decompose(hessian, "H");
        var v = vectors.SubMatrix(0, vectors.RowCount, 0, 5);
        var lambda = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfDiagonalArray(values.Take(5).ToArray());
        foreach (var (noise, sigma, scale) in new[]
        {
            (Prop2Conditions.PerExample, GradientCovariance.PerExample(Objective, Theta).ToMatrix(), 40.0),
            ("SGD", SgdNoise.At(Objective, Theta, batchSize: 5, seed: Settings.Seed).ToMatrix(), 5.0),
        })
        {
            var s = v.Transpose() * sigma * v;
            double fit = (s * lambda).Trace() / (lambda * lambda).Trace();
            var measured = Point.Proportionality.Single(p => p.Noise == noise).Value;
            // The Lanczos eigenvectors are converged to 10⁻⁶; so are these.
            Assert.Equal(s.Trace() / sigma.Trace(), measured.TopShare, 1e-6);
            Assert.Equal(scale * fit, measured.Constant, 1e-6 * Math.Abs(scale * fit));
            Assert.Equal((s - fit * lambda).FrobeniusNorm() / s.FrobeniusNorm(), measured.Residual, 1e-6);
        }
        var table = ConditionsRow.Proportionality(ConditionsRow.Of([Point]));
        Assert.Equal(["per-example (m = 1)", "SGD"], table.Texts("noise"));
        Assert.Equal(Point.Proportionality.Select(p => p.Value.Constant.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)), table.Texts("c"));
    }

    [Fact]
    public void TheStructuresBuiltFromHHaveTheirClosedForms()
    {
        int n = Objective.Dimension;
        double lambda1 = Point.TopEigenvalues[0], traceH = Point.TraceH.Value;
        // Isotropic noise: a share 1/D along u₁, alignment Tr H / (D λ₁), ratio 1 by definition.
        Assert.Equal(1.0 / n, Of("GLD dynamic").ShareAlongTop, 1e-15);
        Assert.Equal(traceH / (n * lambda1), Of("GLD dynamic").Alignment.Value, 1e-12);
        Assert.Equal(new AnisotropicNoise.Statistics.Estimate(1, 0), Of("GLD dynamic").Ratio);
        // u₁u₁ᵀ: all of it along u₁, ratio D λ₁ / Tr H.
        Assert.Equal(1, Of("GLD 1st eigvec(H)").ShareAlongTop);
        Assert.Equal(n * lambda1 / traceH, Of("GLD 1st eigvec(H)").Ratio.Value, 1e-12 * n * lambda1 / traceH);
        // Σ|λ_i| u_i u_iᵀ over the top five: share |λ₁| / Σ|λ_i|.
        Assert.Equal(Math.Abs(lambda1) / Point.TopEigenvalues.Sum(Math.Abs), Of("GLD Hessian").ShareAlongTop, 1e-14);
        foreach (var s in Point.Structures)
        {
            Assert.Equal(s.ShareAlongTop * traceH / lambda1, s.Alignment.Value, 1e-12 * Math.Abs(s.Alignment.Value));
            Assert.Equal(s.Alignment.Value * lambda1 * lambda1 * n / (traceH * traceH), s.IntermediateBound.Value, 1e-12 * Math.Abs(s.IntermediateBound.Value));
            Assert.Equal(AnisotropyBound.Lower(s.Alignment.Value, n, Point.K, Point.D), s.Bound.Value, 1e-12 * Math.Abs(s.Bound.Value));
        }
        var rows = ConditionsRow.Of([Point]);
        Assert.Equal(5 + 5 + 3 + 6 * 5 + 2 * 3, rows.Count); // 5 eigenvalues, 5 spectrum measures, 3 of stability, 6 structures × 5, 2 noises × 3 of Σ ∝ H (N = 40: no m = 100)
        Assert.Equal(rows, ConditionsRow.Parse(ConditionsRow.Format(rows)));
        var density = DensityRow.Of([Point], grid: 50);
        Assert.Equal(density, DensityRow.Parse(DensityRow.Format(density)));
        Assert.Equal(Point.TopEigenvalues[0].ToString("G4", System.Globalization.CultureInfo.InvariantCulture), ConditionsRow.Summary(rows).Texts("lambda_1").Single());
    }

    [Fact]
    public void TheLinearStabilityIsGdsFactorPlusTheMinibatchNonUniformity()
    {
        // H_B u₁ = (1, 0) and (3, 0): mean (2, 0), s² = 1; η = 0.1, λ₁ = 2: GD (1 − 0.2)² = 0.64, SGD 0.64 + 0.01.
        var s = LinearStability.Of(0.1, 2, [[1.0, 0], [3.0, 0]]);
        Assert.Equal(1, s.NonUniformity.Value, 1e-15);
        Assert.Equal(0.64, s.GdFactor, 1e-15);
        Assert.Equal(0.65, s.SgdFactor.Value, 1e-15);
        Assert.Throws<ArgumentException>(() => LinearStability.Of(0.1, 2, [[1.0, 0]]));
        // On the network: GD's factor is (1 − η λ₁)², and the minibatches' spread only adds to it.
        Assert.Equal(Math.Pow(1 - 0.07 * Point.TopEigenvalues[0], 2), Point.Stability.GdFactor, 1e-12);
        Assert.True(Point.Stability.SgdFactor.Value > Point.Stability.GdFactor && Point.Stability.NonUniformity.Value > 0);
    }

    [Fact]
    public void ConditionOnesKIsTheOutlierCountThatMakesTheBoundLargest()
    {
        // Two eigenvalues at 100 above a bulk at 10⁻⁶ in D = 10⁴: k = 2 with d = ln(10⁸)/ln(10⁴) = 2.
        var (k, d) = Prop2Conditions.Outliers([(1, 100.0), (2, 100), (3, 1e-6)], 10_000);
        Assert.Equal(2, k);
        Assert.Equal(2, d, 1e-12);
        // A non-positive λ_{k+1}: d = +∞ and the factor is D / k².
        Assert.Equal((1, double.PositiveInfinity), Prop2Conditions.Outliers([(1, 5.0), (2, -1)], 100));
        Assert.Throws<ArgumentException>(() => Prop2Conditions.Outliers([(1, 5.0)], 100));
        Assert.Throws<ArgumentException>(() => Prop2Conditions.Outliers([(2, 5.0), (3, 1)], 100));
        Assert.Equal("DensityProbes", Assert.ThrowsAny<ArgumentException>(() => (Settings with { DensityProbes = 1 }).Validate()).ParamName);
        Assert.Equal("LanczosBudget", Assert.ThrowsAny<ArgumentException>(() => (Settings with { LanczosBudget = 4 }).Validate()).ParamName);
    }
}
