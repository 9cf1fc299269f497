using AnisotropicNoise.Experiments;
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
}
