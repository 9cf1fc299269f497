using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Indicators;

public class MatrixFreeIndicatorsTests
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

        var measured = MatrixFreeIndicators.Measure(new DenseOperator(h), gradients, b, new RandomStream(3), probes: 400);

        Assert.True(TestMatrices.RelativeError(measured.TraceHSigma, TraceHSigma.Of(h, sigma)) < 1e-10);
        Assert.True(TestMatrices.RelativeError(measured.TraceSigma, sigma.Trace()) < 1e-12);
        Assert.True(TestMatrices.RelativeError(measured.Lambda1, 1) < 1e-8);
        Assert.True(Math.Abs(measured.TraceH - h.Trace()) < 3 * measured.TraceHStandardError, $"{measured.TraceH} vs {h.Trace()} ± {measured.TraceHStandardError}");
        // With the estimated Tr H in place of the exact one, ratio and alignment scale by exact / estimate.
        double correction = measured.TraceH / h.Trace();
        Assert.True(TestMatrices.RelativeError(measured.Ratio * correction, IsotropicEquivalence.Ratio(h, sigma)) < 1e-10);
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
            var measured = MatrixFreeIndicators.Measure(op, gradients, b, random, probes: 10);
            ratios[s] = measured.Ratio;
            traces[s] = measured.TraceHSigma;
            reportedRatio += measured.RatioStandardError / samples;
            reportedTrace += measured.TraceHSigmaStandardError / samples;
        }
        double Sd(double[] x) => Math.Sqrt(x.Sum(v => (v - x.Average()) * (v - x.Average())) / (x.Length - 1));
        Assert.InRange(reportedRatio / Sd(ratios), 0.75, 1.33);
        Assert.InRange(reportedTrace / Sd(traces), 0.75, 1.33);
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var op = new DenseOperator(Matrix<double>.Build.DenseIdentity(3));
        Assert.Equal("gradients", Assert.Throws<ArgumentException>(() => MatrixFreeIndicators.Measure(op, new double[7], 2, new RandomStream(1))).ParamName);
        Assert.Equal("probes", Assert.Throws<ArgumentOutOfRangeException>(() => MatrixFreeIndicators.Measure(op, new double[6], 2, new RandomStream(1), 1)).ParamName);
    }
}
