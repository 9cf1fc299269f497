using AnisotropicNoise.Experiments;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Tests.Experiments;

public class FirstPassageTests
{
    private const double T = 0.25;

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.001)]
    public void TheDoubleWellsMeanExitTimeMatchesTheExactOneWithinItsIntervalPlusThreePercent(double step)
    {
        var (result, exact, _) = DoubleWellEscape.Run(T, new FirstPassageSettings { Step = step, Runs = 2000, Seed = 3 });
        Assert.Equal(0, result.Censored);
        var (low, high) = result.MeanInterval;
        Assert.True(exact >= low - 0.03 * exact && exact <= high + 0.03 * exact, $"h = {step}: mean {result.Mean} [{low:F2}, {high:F2}], exact {exact:F3}");
    }

    [Fact]
    public void WithoutTheBridgeCorrectionACoarseStepMissesCrossingsAndOverestimatesTheTime()
    {
        var settings = new FirstPassageSettings { Step = 0.01, Runs = 2000, Seed = 3, BridgeCorrection = false };
        var (result, exact, _) = DoubleWellEscape.Run(T, settings);
        Assert.True(result.MeanInterval.Low > exact, $"without the bridge: mean {result.Mean}, exact {exact:F3}");
    }

    [Fact]
    public void TheExactMeanIsConvergedAndApproachesHalfKramersTimeAsTheTemperatureFalls()
    {
        double fine = new DoubleWell().ExactMeanFirstPassage(T), coarse = new DoubleWell().ExactMeanFirstPassage(T, intervals: 20_000);
        Assert.Equal(1, coarse / fine, 6);
        Assert.InRange(fine / new DoubleWell().KramersHalfTime(T), 1.05, 1.2); // 33.95 against 30.32: the small-T limit is not reached at T = 1/4
        Assert.InRange(new DoubleWell().ExactMeanFirstPassage(0.05) / new DoubleWell().KramersHalfTime(0.05), 1.0, 1.03);
    }

    [Fact]
    public void RunsStillInsideAtTheEndAreCountedAsCensoredNotDropped()
    {
        var (result, _, _) = DoubleWellEscape.Run(T, new FirstPassageSettings { Step = 0.01, Runs = 400, Seed = 5, MaxTime = 5 });
        Assert.Equal(400, result.Times.Count);
        Assert.InRange(result.Censored, 200, 399); // P(τ > 5) ≈ e^{−5/34} ≈ 0.86
        Assert.Equal((double)result.Censored / 400, result.Survival(5));
        Assert.True(double.IsPositiveInfinity(result.Median));
        Assert.True(double.IsPositiveInfinity(result.MedianInterval.High));
        Assert.True(result.Mean.Value <= 5);
    }

    [Fact]
    public void TheMediansIntervalIsTheOrderStatisticsAroundTheMiddle()
    {
        // n = 100: n/2 ∓ 1.96·√100/2 = 50 ∓ 9.8 → the 40th and 60th smallest (1-based).
        var times = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();
        var result = new FirstPassageResult(new FirstPassageSettings(), times);
        Assert.Equal(50, result.Median);
        Assert.Equal((40.0, 60.0), result.MedianInterval);
    }

    [Fact]
    public void TheTimesDoNotDependOnTheThreadCount()
    {
        var settings = new FirstPassageSettings { Step = 0.01, Runs = 64, Seed = 9 };
        var one = DoubleWellEscape.Run(T, settings with { MaxDegreeOfParallelism = 1 }).Result;
        var all = DoubleWellEscape.Run(T, settings).Result;
        Assert.Equal(one.Times, all.Times);
    }

    [Fact]
    public void BadInputIsNamed()
    {
        var well = new DoubleWell();
        var exit = new HalfSpaceExit([1.0], 0);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => FirstPassage.Langevin(well, [0.5], T, exit, new FirstPassageSettings())).ParamName);
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => FirstPassage.Langevin(well, [-1.0], -1, exit, new FirstPassageSettings())).ParamName);
        Assert.Equal("Step", Assert.Throws<ArgumentOutOfRangeException>(() => FirstPassage.Langevin(well, [-1.0], T, exit, new FirstPassageSettings { Step = 0 })).ParamName);
        Assert.Equal("normal", Assert.Throws<ArgumentException>(() => new HalfSpaceExit([0.0], 1)).ParamName);
    }
}

public class HeavyTailedEscapeTests
{
    private static double MeanExit(double height, double width, ExitNoise noise) =>
        DoubleWellEscape.Run(new DoubleWell(height, width), noise, new FirstPassageSettings { Step = 0.01, Runs = 1000, Seed = 2, MaxTime = 20_000 }).Mean.Value;

    [Fact]
    public void StableNoiseLeavesInATimePolynomialInTheWidthAndNearlyBlindToTheBarrierHeight()
    {
        // Imkeller and Pavlyukevich (2006): jumps longer than the distance w to the top carry the exit, at rate ∝ σ^α w^{−α},
        // so τ ∝ (w/σ)^α whatever the height; Gaussian noise must climb, τ ∝ e^{k/T}.
        var stable = ExitNoise.Stable(1.5, 0.2);
        double unit = MeanExit(1, 1, stable);
        double higher = MeanExit(4, 1, stable) / unit, wider = MeanExit(1, 2, stable) / unit;
        Assert.InRange(higher, 0.6, 1.5);
        Assert.InRange(wider, Math.Pow(2, 1.5) / 1.4, Math.Pow(2, 1.5) * 1.4);
        double gaussianHigher = new DoubleWell(4, 1).ExactMeanFirstPassage(0.25) / new DoubleWell().ExactMeanFirstPassage(0.25);
        Assert.True(gaussianHigher > 1e4, $"Gaussian: ×{gaussianHigher:G3} for a four times higher barrier");
    }

    [Fact]
    public void TheScaledWellsExactTimesScaleAsTheyMust()
    {
        // x → x/w rescales time by w² at the same height and temperature; Kramers' prefactor carries w²/k.
        Assert.Equal(4 * new DoubleWell().ExactMeanFirstPassage(0.25), new DoubleWell(1, 2).ExactMeanFirstPassage(0.25), 6);
        Assert.Equal(4 * new DoubleWell().KramersHalfTime(0.25), new DoubleWell(1, 2).KramersHalfTime(0.25), 9);
    }
}
