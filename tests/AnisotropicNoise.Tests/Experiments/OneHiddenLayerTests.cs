using AnisotropicNoise.Experiments.OneHiddenLayer;

namespace AnisotropicNoise.Tests.Experiments;

public class OneHiddenLayerTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(3L)]
    [InlineData(4L)]
    [InlineData(5L)]
    public void AtThePapersSettings_RatioStaysAbove20FromEpoch5_AndTrainingAccuracyEndsAbove95Percent(long seed)
    {
        var result = OneHiddenLayer.Run(new OneHiddenLayerSettings { Seed = seed });
        Assert.Equal(31, result.Epochs.Count);
        Assert.All(result.Epochs.Where(e => e.Epoch >= 5), e => Assert.True(e.Ratio > 20, $"epoch {e.Epoch}: ratio {e.Ratio}"));
        Assert.True(result.Epochs[^1].Accuracy > 0.95, $"final accuracy {result.Epochs[^1].Accuracy}");
    }

    [Fact]
    public void EachEpochsIndicatorsAreConsistent()
    {
        var result = OneHiddenLayer.Run(new OneHiddenLayerSettings { Epochs = 4, DecayEpochs = 2 });
        foreach (var e in result.Epochs)
        {
            Assert.Equal(e.TraceH * e.TraceSigma / 300, e.TraceHSigmaBar, 1e-12 * e.TraceHSigmaBar);
            Assert.Equal(e.TraceHSigma / e.TraceHSigmaBar, e.Ratio, 1e-9 * e.Ratio);
            Assert.Equal(10, e.TopEigenvalues.Count);
            Assert.True(e.TopEigenvalues.Zip(e.TopEigenvalues.Skip(1)).All(p => p.First >= p.Second));
            // Tr(HΣ) = Σ λ_i u_iᵀΣu_i ≥ λ₁ u₁ᵀΣu₁ = a λ₁² Tr Σ / Tr H: the ratio is at least a λ₁² D / Tr(H)².
            double lambda1 = e.TopEigenvalues[0];
            Assert.True(e.Ratio >= e.Alignment * lambda1 * lambda1 * 300 / (e.TraceH * e.TraceH) * (1 - 1e-9));
        }
        Assert.Equal(300, result.FinalSpectrum.Count);
        Assert.Equal(result.Epochs[^1].TopEigenvalues[0], result.FinalSpectrum[0], 1e-8 * result.FinalSpectrum[0]);
        Assert.Equal(result.Epochs[^1].TraceH, result.FinalSpectrum.Sum(), 1e-8 * result.Epochs[^1].TraceH);
    }

    [Fact]
    public void SameSeedSameNumbers_WhateverTheThreadCount()
    {
        var settings = new OneHiddenLayerSettings { Epochs = 4, DecayEpochs = 2, Seed = 11 };
        var one = OneHiddenLayer.Run(settings with { MaxDegreeOfParallelism = 1 });
        var all = OneHiddenLayer.Run(settings with { MaxDegreeOfParallelism = -1 });
        Assert.Equal(one.Table.ToCsv(), all.Table.ToCsv());
    }

    [Fact]
    public void WidthSweep_RatioIsNeverBelowEitherBound()
    {
        var sweep = OneHiddenLayer.WidthSweep(new OneHiddenLayerSettings { Epochs = 6, DecayEpochs = 2 }, [10, 40, 160]);
        Assert.Equal([30, 120, 480], sweep.Select(c => c.Dimension));
        foreach (var check in sweep)
        {
            Assert.True(check.Ratio >= check.Intermediate * (1 - 1e-9), $"D = {check.Dimension}: ratio {check.Ratio} < {check.Intermediate}");
            Assert.True(check.Intermediate >= check.Bound * (1 - 1e-9), $"D = {check.Dimension}: {check.Intermediate} < {check.Bound}");
            Assert.True(check.Bound > 0);
        }
    }

    [Theory]
    [InlineData(nameof(OneHiddenLayerSettings.HiddenUnits))]
    [InlineData(nameof(OneHiddenLayerSettings.LearningRate))]
    [InlineData(nameof(OneHiddenLayerSettings.CovarianceBatches))]
    [InlineData(nameof(OneHiddenLayerSettings.DecayEpochs))]
    public void BadSettingsAreRejectedByName(string setting)
    {
        var bad = setting switch
        {
            nameof(OneHiddenLayerSettings.HiddenUnits) => new OneHiddenLayerSettings { HiddenUnits = 7 },
            nameof(OneHiddenLayerSettings.LearningRate) => new OneHiddenLayerSettings { LearningRate = double.NaN },
            nameof(OneHiddenLayerSettings.CovarianceBatches) => new OneHiddenLayerSettings { CovarianceBatches = 1 },
            _ => new OneHiddenLayerSettings { DecayEpochs = 40 },
        };
        Assert.Equal(setting, Assert.ThrowsAny<ArgumentException>(() => OneHiddenLayer.Run(bad)).ParamName);
    }
}
