using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.EscapeTimes;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;

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
        var well = new DoubleWell();
        var diffusion = DoubleWellEscape.Diffusion(well, ExitNoise.Gaussian(T));
        double fine = diffusion.MeanFirstPassage(-1, 0), coarse = diffusion.MeanFirstPassage(-1, 0, intervals: 20_000);
        Assert.Equal(1, coarse / fine, 6);
        Assert.InRange(fine / DoubleWellEscape.KramersHalfTime(well, ExitNoise.Gaussian(T)), 1.05, 1.2); // 33.95 against 30.32: the small-T limit is not reached at T = 1/4
        var cold = ExitNoise.Gaussian(0.05);
        Assert.InRange(DoubleWellEscape.ExactMean(well, cold) / DoubleWellEscape.KramersHalfTime(well, cold), 1.0, 1.03);
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

    [Fact]
    public void BrownianMotionLeavesABallOfRadiusRAfterRSquaredOver2TdOnAverage()
    {
        // No drift, dX = √(2T) dW in d = 3 from the centre: E τ = r² / (2 T d) = 1/3 at T = 1/2, r = 1.
        var flat = new Quadratic(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(3, 3));
        var result = FirstPassage.Langevin(flat, [0.0, 0, 0], 0.5, new BallExit([0.0, 0, 0], 1), new FirstPassageSettings { Step = 0.001, Runs = 2000, Seed = 5, MaxTime = 10 });
        var (low, high) = result.MeanInterval;
        Assert.True(1.0 / 3 >= low * 0.97 && 1.0 / 3 <= high * 1.03, $"mean {result.Mean}, exact 1/3");
        Assert.Equal(0, result.Censored);
    }

    [Fact]
    public void AnyDynamicExitsAtTheIterationItLeavesAndTimeIsIterationsTimesEta()
    {
        // GD on L(x) = ½(x − 4)² from 0 with η = 1/2: x_n = 4 − 4/2ⁿ, so x ≥ 3 first at n = 2, time 1; L ≥ 2 (|x − 4| ≥ 2) at n = 1.
        var pull = new Quadratic(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(1), [4.0]);
        var settings = new FirstPassageSettings { Step = 0.5, Runs = 2, MaxTime = 10 };
        Assert.Equal([1.0, 1.0], FirstPassage.Run(pull, [0.0], Dynamic.GradientDescent, new HalfSpaceExit([1.0], 3), settings).Times);
        Assert.Equal([0.5, 0.5], FirstPassage.Run(pull, [0.0], Dynamic.GradientDescent, new BallExit([0.0], 2), settings).Times);
        Assert.Equal([double.PositiveInfinity, double.PositiveInfinity], FirstPassage.Run(pull, [0.0], Dynamic.GradientDescent, new HalfSpaceExit([1.0], 5), settings).Times);
    }

    [Fact]
    public void ALossLevelIsTheSameExitAsTheBallItBoundsRunForRun()
    {
        // L(x) = ½|x|²: L ≥ c exactly where |x| ≥ √(2c); the same runs exit at the same iterations.
        var bowl = new Quadratic(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(2));
        var noisy = Dynamic.Langevin(new IsotropicNoise(NoiseMagnitude.FixedTrace(0.02)));
        var settings = new FirstPassageSettings { Step = 0.1, Runs = 200, Seed = 2, MaxTime = 1000 };
        var byLoss = FirstPassage.Run(bowl, [0.0, 0], noisy, new LossLevelExit(bowl, 0.08), settings);
        var byDistance = FirstPassage.Run(bowl, [0.0, 0], noisy, new BallExit([0.0, 0], 0.4), settings);
        Assert.Equal(byDistance.Times, byLoss.Times);
        Assert.Equal(0, byLoss.Censored);
    }

    [Fact]
    public void TheLangevinDynamicOfThePackageEscapesTheDoubleWellAsTheLangevinSimulationDoes()
    {
        // The same Euler scheme through two code paths: Dynamic.Langevin with isotropic noise of variance 2Th a step, and
        // ExitNoise.Gaussian(T) without the bridge (whose times are the step midpoints, h/2 earlier).
        const double h = 0.01;
        var well = new DoubleWell();
        var settings = new FirstPassageSettings { Step = h, Runs = 2000, Seed = 8, BridgeCorrection = false };
        var langevin = FirstPassage.Run(well, [-1.0], ExitNoise.Gaussian(T), new HalfSpaceExit([1.0], 0), settings);
        var dynamic = FirstPassage.Run(well, [-1.0], Dynamic.Langevin(new IsotropicNoise(NoiseMagnitude.FixedTrace(2 * T * h))), new HalfSpaceExit([1.0], 0), settings with { Seed = 9 });
        double difference = dynamic.Mean.Value - h / 2 - langevin.Mean.Value;
        double se = Math.Sqrt(dynamic.Mean.StandardError * dynamic.Mean.StandardError + langevin.Mean.StandardError * langevin.Mean.StandardError);
        Assert.True(Math.Abs(difference) < 3 * se, $"dynamic {dynamic.Mean}, Langevin {langevin.Mean}");
    }

    [Fact]
    public void ExitRulesRejectBadShapesAndAStartOutside()
    {
        Assert.Equal("radius", Assert.Throws<ArgumentOutOfRangeException>(() => new BallExit([0.0], 0)).ParamName);
        Assert.Equal("center", Assert.Throws<ArgumentException>(() => new BallExit([double.NaN], 1)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new LossLevelExit(new DoubleWell(), double.PositiveInfinity)).ParamName);
        var settings = new FirstPassageSettings { Runs = 2 };
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => FirstPassage.Run(new DoubleWell(), [2.0], Dynamic.GradientDescent, new BallExit([0.0], 1), settings)).ParamName);
        Assert.Equal("exit", Assert.Throws<ArgumentException>(() => FirstPassage.Run(new DoubleWell(), [0.0], Dynamic.GradientDescent, new BallExit([0.0, 0], 1), settings)).ParamName);
    }
}


public class HeavyTailedEscapeTests
{
    private static readonly ExitNoise Gaussian = ExitNoise.Gaussian(0.25);

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
        double gaussianHigher = DoubleWellEscape.ExactMean(new DoubleWell(4, 1), Gaussian) / DoubleWellEscape.ExactMean(new DoubleWell(), Gaussian);
        Assert.True(gaussianHigher > 1e4, $"Gaussian: ×{gaussianHigher:G3} for a four times higher barrier");
    }

    [Fact]
    public void TheScaledWellsExactTimesScaleAsTheyMust()
    {
        // x → x/w rescales time by w² at the same height and temperature; Kramers' prefactor carries w²/k.
        Assert.Equal(4 * DoubleWellEscape.ExactMean(new DoubleWell(), Gaussian), DoubleWellEscape.ExactMean(new DoubleWell(1, 2), Gaussian), 6);
        Assert.Equal(4 * DoubleWellEscape.KramersHalfTime(new DoubleWell(), Gaussian), DoubleWellEscape.KramersHalfTime(new DoubleWell(1, 2), Gaussian), 9);
    }
}
