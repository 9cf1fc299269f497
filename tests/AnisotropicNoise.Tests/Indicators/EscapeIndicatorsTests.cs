using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Indicators;

public class EscapeIndicatorsTests
{
    [Fact]
    public void AgreeWithTheDenseIndicators()
    {
        const int d = 80, b = 30;
        var random = new RandomStream(12);
        var spectrum = Enumerable.Range(1, d).Select(i => 1.0 / (i * i)).ToArray();
        var h = TestMatrices.WithSpectrum(spectrum, random);
        var gradients = new double[b * d];
        random.FillGaussian(gradients);
        var rows = Matrix<double>.Build.Dense(b, d, (r, c) => gradients[r * d + c]);
        var mean = rows.ColumnSums() / b;
        var centred = Matrix<double>.Build.Dense(b, d, (r, c) => rows[r, c] - mean[c]);
        var sigma = centred.TransposeThisAndMultiply(centred) / (b - 1);
        sigma = (sigma + sigma.Transpose()) * 0.5;

        var measured = EscapeIndicators.Measure(new DenseOperator(h), gradients, b, new RandomStream(3), probes: 400);

        Assert.True(TestMatrices.RelativeError(measured.TraceHSigma.Value, TraceHSigma.Of(h, sigma)) < 1e-10);
        Assert.True(TestMatrices.RelativeError(measured.TraceSigma, sigma.Trace()) < 1e-12);
        Assert.True(TestMatrices.RelativeError(measured.Lambda1, 1) < 1e-8);
        Assert.True(Math.Abs(measured.TraceH.Value - h.Trace()) < 3 * measured.TraceH.StandardError, $"{measured.TraceH} vs {h.Trace()}");
        // With the estimated Tr H in place of the exact one, ratio and alignment scale by exact / estimate.
        double correction = measured.TraceH.Value / h.Trace();
        Assert.True(TestMatrices.RelativeError(measured.Ratio.Value * correction, IsotropicEquivalence.Ratio(h, sigma)) < 1e-10);
        Assert.True(TestMatrices.RelativeError(measured.Alignment / correction, Alignment.Coefficient(h, sigma)) < 1e-7);
        Assert.True(measured.Products >= b + 400);
    }

    [Fact]
    public void TheStandardErrorsDescribeTheSpreadOverIndependentMinibatchSamples()
    {
        // Gradients drawn from N(0, C) with C aligned with H: the spread over 200 independent samples of
        // B gradients (and fresh Hutchinson probes) matches the standard errors each sample reports.
        const int d = 30, b = 40, samples = 200;
        var random = new RandomStream(21);
        var spectrum = Enumerable.Range(1, d).Select(i => 1.0 / i).ToArray();
        var h = TestMatrices.WithSpectrum(spectrum, random);
        var factor = h.Map(x => x) * 0.3; // C = 0.09 H², aligned with H
        var op = new DenseOperator(h);
        var ratios = new double[samples];
        var traces = new double[samples];
        double reportedRatio = 0, reportedTrace = 0;
        for (int s = 0; s < samples; s++)
        {
            var gradients = new double[b * d];
            var z = new double[d];
            for (int row = 0; row < b; row++)
            {
                random.FillGaussian(z);
                var g = factor * Vector<double>.Build.DenseOfArray(z);
                for (int c = 0; c < d; c++) gradients[row * d + c] = g[c];
            }
            var measured = EscapeIndicators.Measure(op, gradients, b, random, probes: 10);
            ratios[s] = measured.Ratio.Value;
            traces[s] = measured.TraceHSigma.Value;
            reportedRatio += measured.Ratio.StandardError / samples;
            reportedTrace += measured.TraceHSigma.StandardError / samples;
        }
        double Sd(double[] x) => Math.Sqrt(x.Sum(v => (v - x.Average()) * (v - x.Average())) / (x.Length - 1));
        Assert.InRange(reportedRatio / Sd(ratios), 0.75, 1.33);
        Assert.InRange(reportedTrace / Sd(traces), 0.75, 1.33);
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var op = new DenseOperator(Matrix<double>.Build.DenseIdentity(3));
        Assert.Equal("gradients", Assert.Throws<ArgumentException>(() => EscapeIndicators.Measure(op, new double[7], 2, new RandomStream(1))).ParamName);
        Assert.Equal("probes", Assert.Throws<ArgumentOutOfRangeException>(() => EscapeIndicators.Measure(op, new double[6], 2, new RandomStream(1), 1)).ParamName);
    }

    [Fact]
    public void Dense_indicators_are_exact_and_agree_with_the_matrix_free_ones_given_the_exact_trace()
    {
        // Σ̂ = FFᵀ with F the D × B factor: the dense record and the matrix-free one with the exact Tr H
        // give the same values; the dense one reports standard errors of 0.
        const int d = 12, b = 5;
        var random = new RandomStream(5);
        var h = TestMatrices.WithSpectrum(Enumerable.Range(1, d).Select(i => 10.0 / i).ToArray(), random);
        var factor = Matrix<double>.Build.Dense(d, b, (_, _) => random.NextGaussian());
        var sigma = factor * factor.Transpose();
        sigma = (sigma + sigma.Transpose()) * 0.5;

        var dense = EscapeIndicators.Of(h, sigma);
        var free = EscapeIndicators.Measure(new DenseOperator(h), new AnisotropicNoise.Noise.CovarianceFactor(factor),
            new RandomStream(2), exactTraceH: h.Trace(), eigenvalues: 3);

        Assert.Equal(TraceHSigma.Of(h, sigma), dense.TraceHSigma.Value, 1e-10);
        Assert.Equal(0, dense.TraceHSigma.StandardError);
        Assert.Equal(0, dense.Ratio.StandardError);
        Assert.Equal(h.Trace() * sigma.Trace() / d, dense.TraceHSigmaBar.Value, 1e-10);
        Assert.Equal(IsotropicEquivalence.Ratio(h, sigma), dense.Ratio.Value, 1e-10);
        Assert.Equal(Alignment.Coefficient(h, sigma), dense.Alignment, 1e-10);
        Assert.Equal(10, dense.Lambda1, 1e-10);
        Assert.Equal(0, dense.Products);

        Assert.Equal(dense.TraceHSigma.Value, free.TraceHSigma.Value, 1e-9);
        Assert.Equal(dense.Ratio.Value, free.Ratio.Value, 1e-9);
        Assert.Equal(dense.Alignment, free.Alignment, 1e-6);
        Assert.Equal(0, free.TraceH.StandardError);
        Assert.Equal(3, free.TopEigenvalues.Count);
        Assert.All(new[] { 10, 5, 10.0 / 3 }.Zip(free.TopEigenvalues), p => Assert.Equal(p.First, p.Second, 1e-8));
        Assert.True(free.Products < 100, $"{free.Products} products: Hutchinson ran although Tr H was given");
    }

    [Fact]
    public void Far_from_a_minimum_the_ratio_and_alignment_are_not_defined()
    {
        var h = Matrix<double>.Build.DenseOfDiagonalArray([1.0, -3.0]);
        var indicators = EscapeIndicators.Of(h, Matrix<double>.Build.DenseIdentity(2));
        Assert.Equal(-2, indicators.TraceH.Value, 12);
        Assert.True(double.IsNaN(indicators.Ratio.Value));
        Assert.True(double.IsNaN(indicators.Alignment));
        Assert.Equal(-2, indicators.TraceHSigma.Value, 12);
        var e = Assert.ThrowsAny<ArgumentException>(() => EscapeIndicators.Of(Matrix<double>.Build.DenseIdentity(2), Matrix<double>.Build.DenseOfDiagonalArray([1.0, -1.0])));
        Assert.Equal("covariance", e.ParamName);
    }
}
