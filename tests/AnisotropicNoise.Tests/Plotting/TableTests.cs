using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Tests.Plotting;

public class TableTests
{
    [Fact]
    public void HtmlTableEncodesCellsAndKeepsTheirOrder()
    {
        var table = new HtmlTable(["x", "a<b"], [["1", "&"], ["2", "y"]], "cap");
        Assert.Equal("<table><caption>cap</caption><tr><th>x</th><th>a&lt;b</th></tr><tr><td>1</td><td>&amp;</td></tr><tr><td>2</td><td>y</td></tr></table>", table.ToHtml());
    }

    [Fact]
    public void HtmlTableRejectsARowOfTheWrongLength()
    {
        var e = Assert.Throws<ArgumentException>(() => new HtmlTable(["x", "y"], [["1", "2"], ["3"]]));
        Assert.Equal("rows", e.ParamName);
        Assert.Contains("rows[1] must have 2 cells", e.Message);
        Assert.Equal("headers", Assert.Throws<ArgumentException>(() => new HtmlTable([], [])).ParamName);
    }

    [Fact]
    public void Toy2DSuccessTableShowsCountsRatesAndWilsonIntervals()
    {
        var result = Toy2D.Run(new Toy2DSettings { Repetitions = 3, Steps = 10, ContourPoints = 3, Dynamics = [PaperDynamic.Gd, PaperDynamic.GldEigenvector] });
        var table = ResultTables.Toy2DSuccess(result);
        Assert.Equal(2, table.Rows.Count);
        for (int i = 0; i < 2; i++)
        {
            var d = result.Dynamics[i];
            Assert.Equal([d.Name, $"{d.Successes} / 3", d.Rate.ToString("F2"), $"[{d.Interval.Low:F2}, {d.Interval.High:F2}]"], table.Rows[i]);
        }
        // GD never leaves the sharp minimum: 0 of 3, Wilson interval [0, z²/(n + z²)] = [0, 0.56].
        Assert.Equal(["GD", "0 / 3", "0.00", "[0.00, 0.56]"], table.Rows[0]);
    }

    [Fact]
    public void AnisotropyTableSaysWhetherTheRatioReachesTheBound()
    {
        var rows = new[]
        {
            new AnisotropyMeasurement(100, 1, 1, 0.5, Ratio: 30, Bound: 12.5, MeasuredA: 0.5, MeasuredExponent: 1.2, Intermediate: 20),
            new AnisotropyMeasurement(100, 1, 1, 0.5, Ratio: 0.8, Bound: 12.5, MeasuredA: 0, MeasuredExponent: 1.2, Intermediate: 0),
        };
        var table = ResultTables.Anisotropy(rows);
        Assert.Equal(["100", "1", "1", "0.5", "0.5", "1.2", "30", "12.5", "yes"], table.Rows[0]);
        Assert.Equal("no", table.Rows[1][^1]);
    }

    [Fact]
    public void NoiseStructureTableListsEachStructuresTraces()
    {
        var result = NoiseStructureComparison.Run(new NoiseStructuresSettings { Draws = 2, Structures = [PaperDynamic.GldConst, PaperDynamic.GldHessian] });
        var table = ResultTables.NoiseStructures(result);
        Assert.Equal(["GLD const", "0.01", (result.IsotropicTraceHSigma).ToString("G4"), "1.000"], table.Rows[0]);
        Assert.Equal(result.Structures[1].TraceHSigma.ToString("G4"), table.Rows[1][2]);
    }

    [Fact]
    public void WidthSweepTableHasOneRowPerWidthWithTheBoundsAtTheBestK()
    {
        var table = ResultTables.WidthSweep([new AnisotropyBoundCheck(300, 150.5, 0.42, 40.25, 3.5, 2, 1.25)]);
        Assert.Equal(["300", "150.5", "0.42", "40.25", "2", "1.25", "3.5"], table.Rows.Single());
        Assert.Equal(7, table.Headers.Count);
    }
}
