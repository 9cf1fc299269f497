using AnisotropicNoise.Experiments.EscapeTimes;
using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class EscapeScalingChartTests
{
    private static EscapeScalingRow Row(EscapeSweep sweep, string dynamic, int batch, double[] times, double exact) =>
        new(sweep, dynamic, 0.05, batch, 2, 0.2, new FirstPassageResult(new FirstPassageSettings(), times), exact, exact / 2, exact * 1.1);

    [Fact]
    public void EachDynamicHasItsSimulatedPointsWithNinetyFivePercentBarsAndItsExactLine()
    {
        EscapeScalingRow[] rows =
        [
            Row(EscapeSweep.BatchOverStep, "SGD", 2, [1, 3], Math.E), Row(EscapeSweep.BatchOverStep, "SGD", 4, [10, 30], Math.Exp(3)),
            Row(EscapeSweep.BatchOverStep, "GLD const", 2, [2, 2.5], 2), Row(EscapeSweep.BatchOverStep, "GLD const", 4, [2, 4], 3),
            Row(EscapeSweep.Curvature, "SGD", 4, [5, 6], 5),
        ];
        string html = GenericChart.toChartHTML(EscapeScalingChart.Create(rows, EscapeSweep.BatchOverStep));
        string data = html[html.IndexOf("var data", StringComparison.Ordinal)..html.IndexOf("var layout", StringComparison.Ordinal)];
        Assert.Equal(4, data.Split("\"type\":\"scatter\"").Length - 1);
        Assert.Contains("SGD (simulated)", data);
        Assert.Contains("GLD const (diffusion, exact)", data);
        Assert.Contains("\"x\":[40.0,80.0]", data);
        Assert.Contains("\"y\":[1.0,3.0]", data); // ln of the exact times e and e³
        // SGD at B = 2: times 1 and 3, mean 2, SE 1, so ln τ̄ = ln 2 with a bar of z₉₅ · (1/2).
        Assert.Contains($"\"array\":[{(AnisotropicNoise.Statistics.WilsonInterval.Z95 * 0.5).ToString("R", System.Globalization.CultureInfo.InvariantCulture)}", data);
        Assert.Contains("B/η", html);
        // Each dynamic's points and exact line share one colour: SGD the first of the palette, GLD const the second.
        Assert.Equal(2, data.Split("#1f77b4").Length - 1);
        Assert.Equal(2, data.Split("#ff7f0e").Length - 1);
        Assert.Throws<ArgumentException>(() => EscapeScalingChart.Create(rows[..4], EscapeSweep.Step));
    }
}
