using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Anisotropy;
using AnisotropicNoise.Experiments.NoiseStructures;
using AnisotropicNoise.Experiments.OneHiddenLayer;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Experiments.Toy2D;
using AnisotropicNoise.Indicators;

namespace AnisotropicNoise.Tests.Plotting;

public class TableTests
{
    private static readonly ResultTable Small = new(
        [new("x", "x"), new("label", "a<b")],
        [[ResultCell.Of(1), ResultCell.Of("&, \"q\"")], [ResultCell.Of(2.5, "F0"), ResultCell.Of("y")]],
        "cap", ["note"]);

    [Fact]
    public void OneTableRendersAsCsvTextAndHtml()
    {
        Assert.Equal("x,label\n1,\"&, \"\"q\"\"\"\n2.5,y\n", Small.ToCsv());
        Assert.Equal("cap\nx     a<b\n1  &, \"q\"\n2       y\nnote\n", Small.ToText());
        Assert.Equal("<table><caption>cap</caption><tr><th>x</th><th>a&lt;b</th></tr><tr><td>1</td><td>&amp;, &quot;q&quot;</td></tr>" +
            "<tr><td>2</td><td>y</td></tr></table><p>note</p>", Small.ToHtml());
        Assert.Equal(["1", "2"], Small.Texts("x"));
    }

    [Fact]
    public void ATableRejectsARowOfTheWrongLengthAndRepeatedKeys()
    {
        var e = Assert.Throws<ArgumentException>(() => new ResultTable([new("x", "x"), new("y", "y")], [[ResultCell.Of(1), ResultCell.Of(2)], [ResultCell.Of(3)]]));
        Assert.Equal("rows", e.ParamName);
        Assert.Contains("rows[1] must have 2 cells", e.Message);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => new ResultTable([], [])).ParamName);
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => new ResultTable([new("x", "x"), new("x", "y")], [])).Message);
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => Small.Texts("z")).ParamName);
    }

    [Fact]
    public void Toy2DSuccessTableShowsCountsRatesAndWilsonIntervals()
    {
        var result = Toy2D.Run(new Toy2DSettings { Repetitions = 3, Steps = 10, ContourPoints = 3, Dynamics = [PaperDynamic.Gd, PaperDynamic.GldEigenvector] });
        var table = result.Table;
        Assert.Equal(2, table.Rows.Count);
        for (int i = 0; i < 2; i++)
        {
            var d = result.Dynamics[i];
            Assert.Equal([d.Name, $"{d.Successes}", "3", d.Rate.ToString("P1"), d.Interval.Low.ToString("P1"), d.Interval.High.ToString("P1")], table.Rows[i].Select(c => c.Text));
        }
        // GD never leaves the sharp minimum: 0 of 3, Wilson interval [0, z²/(n + z²)] = [0, 0.56].
        Assert.Equal(["GD", "0", "3", "0", "0", "0.561497"], table.Rows[0].Select(c => c.Csv));
        Assert.StartsWith("Fig. 2 escape from (1, 1)", table.ToText());
    }

    [Fact]
    public void AnisotropyTableSaysWhetherTheRatioReachesTheBound()
    {
        var rows = new[]
        {
            new AnisotropyMeasurement(100, 1, 1, 0.5, Ratio: 30, Bound: 12.5, MeasuredA: 0.5, MeasuredExponent: 1.2, Intermediate: 20),
            new AnisotropyMeasurement(100, 1, 1, 0.5, Ratio: 0.8, Bound: 12.5, MeasuredA: 0, MeasuredExponent: 1.2, Intermediate: 0),
        };
        var table = AnisotropyMeasurement.Table(rows);
        Assert.Equal(["100", "1", "1", "0.5", "0.5", "1.2", "30", "12.5", "yes"], table.Rows[0].Select(c => c.Text));
        Assert.Equal("no", table.Rows[1][^1].Text);
    }

    [Fact]
    public void NoiseStructureTableListsEachStructuresTraces()
    {
        var result = NoiseStructureComparison.Run(new NoiseStructuresSettings { Draws = 2, Structures = [PaperDynamic.GldConst, PaperDynamic.GldHessian] });
        var table = result.Table;
        Assert.Equal(["GLD const", "0.01", result.IsotropicTraceHSigma.ToString("G4"), "1.000"], table.Rows[0].Select(c => c.Text));
        Assert.Equal(result.Structures[1].TraceHSigma.ToString("G4"), table.Texts("trace_h_sigma")[1]);
    }

    [Fact]
    public void WidthSweepTableHasOneRowPerWidthWithTheBoundsAtTheBestK()
    {
        var table = OneHiddenLayer.SweepTable([new AnisotropyBoundCheck(300, 150.5, 0.42, 40.25, 3.5, 2, 1.25)]);
        Assert.Equal(["100", "300", "150.5", "0.42", "40.2", "3.50", "2", "1.25"], table.Rows.Single().Select(c => c.Text));
        Assert.Equal("hidden_units,dimension,ratio,alignment,bound_intermediate,bound,k,d\n100,300,150.5,0.42,40.25,3.5,2,1.25\n", table.ToCsv());
    }
}
