using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.EscapeMap;
using AnisotropicNoise.Experiments.EscapeTimes;
using AnisotropicNoise.Experiments.Toy2D;
using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Experiments;

public class EscapeMapTests
{
    private static readonly EscapeMapSettings Small = new()
    {
        Base = new Toy2DSettings { Dynamics = [PaperDynamic.GldConst, PaperDynamic.GldEigenvector], Repetitions = 12, Steps = 200, TrajectoryEvery = 200 },
        NoiseTraces = [0.005, 0.02],
        LearningRates = [0.005, 0.01],
    };

    [Fact]
    public void EachGridPointIsTheToy2DExperimentAtThatNoiseTraceAndLearningRate()
    {
        var cells = EscapeMap.Run(Small);
        Assert.Equal(2 * 2 * 2, cells.Count);
        foreach (double s in Small.NoiseTraces)
            foreach (double eta in Small.LearningRates)
            {
                var direct = Toy2D.Run(Small.Base with { NoiseTrace = s, LearningRate = eta });
                foreach (var d in direct.Dynamics)
                {
                    var cell = cells.Single(c => c.Dynamic == d.Dynamic && c.NoiseTrace == s && c.LearningRate == eta);
                    Assert.Equal((d.Successes, d.Repetitions, d.Interval), (cell.Escapes, cell.Runs, cell.Interval));
                }
            }
        Assert.Equal("dynamic,s,eta,runs,rate,ci_low,ci_high", EscapeMap.Table(cells).ToCsv().Split('\n')[0]);
        Assert.Equal(["GLD const", "GLD const", "GLD const", "GLD const"], EscapeMap.Table(cells).Texts("dynamic").Take(4));
    }

    [Fact]
    public void TheChartHasOneHeatMapPerStructureOnOneCommonScale()
    {
        var cells = new[] { PaperDynamic.GldConst, PaperDynamic.GldHessian }.SelectMany(d => new[] { 0.01, 0.02 }.Select(s =>
            new EscapeMapCell(d, s, 0.005, 10, d == PaperDynamic.GldHessian ? 6 : 1, AnisotropicNoise.Statistics.WilsonInterval.Of(1, 10)))).ToArray();
        var traces = GenericChart.getTraces(EscapeMapChart.Create(cells)).ToArray();
        Assert.Equal(2, traces.Length);
        Assert.All(traces, t => Assert.Equal("heatmap", t.type));
        string json = GenericChart.toFigureJson(EscapeMapChart.Create(cells));
        Assert.Contains("\"zmin\":0.0", json);
        Assert.Contains("\"zmax\":1.0", json);
        Assert.Contains("\"60 %\"", json);
    }

    [Fact]
    public void AnEmptyGridIsNamed()
    {
        Assert.Equal("NoiseTraces", Assert.Throws<ArgumentException>(() => EscapeMap.Run(Small with { NoiseTraces = [] })).ParamName);
        Assert.Equal("LearningRates", Assert.Throws<ArgumentOutOfRangeException>(() => EscapeMap.Run(Small with { LearningRates = [-1.0] })).ParamName);
    }
}

public class FirstPassageChartTests
{
    [Fact]
    public void TheSurvivalCurveFallsByOneRunAtEachExitAndKeepsTheCensoredShare()
    {
        var settings = new FirstPassageSettings { Runs = 4, MaxTime = 10, Step = 0.1 };
        var result = new FirstPassageResult(settings, [2.0, double.PositiveInfinity, 1.0, 5.0]);
        var trace = GenericChart.getTraces(FirstPassageChart.Survival([("four runs", result)])).Single();
        string json = GenericChart.toFigureJson(FirstPassageChart.Survival([("four runs", result)]));
        Assert.Contains("\"x\":[1.0,2.0,5.0]", json);
        Assert.Contains("\"y\":[0.75,0.5,0.25]", json);
        Assert.Equal("scatter", trace.type);
    }
}
