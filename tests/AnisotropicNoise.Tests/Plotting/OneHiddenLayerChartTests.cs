using System.Text.Json.Nodes;
using AnisotropicNoise.Experiments.OneHiddenLayer;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class OneHiddenLayerChartTests
{
    [Fact]
    public void Spectrum_omits_eigenvalues_at_or_below_the_round_off_floor_and_draws_the_floor()
    {
        double[] spectrum = [10, 1, 1e-15, 1e-17, 0];
        var result = new OneHiddenLayerResult(new OneHiddenLayerSettings(), [], spectrum, AnisotropyBoundCheck.Of(100, 0.5, spectrum));
        double floor = SymmetricEigen.RoundOffFloor(spectrum); // 5·ε·10 ≈ 1.1e-14

        string html = GenericChart.toChartHTML(OneHiddenLayerChart.Spectrum(result));

        Assert.Contains("\"y\":[10.0,1.0]", html);
        string drawnFloor = floor.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"\"y\":[{drawnFloor},{drawnFloor}]", html);
        Assert.Contains("2 of 5 eigenvalues above the round-off floor", html);
    }

    [Fact]
    public void NoiseScales_draws_both_scales_and_the_ratio_per_epoch_beside_the_sample_size()
    {
        var result = OneHiddenLayer.Run(new OneHiddenLayerSettings { Examples = 200, HiddenUnits = 10, Epochs = 3, DecayEpochs = 2 });
        var traces = JsonNode.Parse(GenericChart.toFigureJson(OneHiddenLayerChart.NoiseScales(result)))!["data"]!.AsArray();
        Assert.Equal(["B_simple = Tr Σ / |G|²", "B_noise = Tr(HΣ) / GᵀHG", "Tr(HΣ) / Tr(HΣ̄)", "N = 200 examples"], traces.Select(t => (string)t!["name"]!));
        double[] Y(int i) => [.. traces[i]!["y"]!.AsArray().Select(v => (double)v!)];
        Assert.Equal(result.Epochs.Select(e => e.NoiseScale!.Simple.Value), Y(0));
        Assert.Equal(result.Epochs.Select(e => e.NoiseScale!.Noise.Value), Y(1));
        Assert.Equal(result.Epochs.Select(e => e.Ratio), Y(2));
        Assert.Equal([200.0, 200.0], Y(3));
    }
}
