using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.EscapeTimes;

namespace AnisotropicNoise.Tests.Experiments;

public class EscapeScalingTests
{
    private static readonly EscapeScalingSettings Small = new()
    {
        BatchSizes = [2, 4, 6], Curvatures = [1.5, 2, 4], LearningRates = [0.025, 0.05, 0.1], Runs = 300, Seed = 5,
    };

    private static readonly Lazy<(IReadOnlyList<EscapeScalingRow> Rows, IReadOnlyList<EscapeScalingSlope> Slopes)> Result = new(() => EscapeScaling.Run(Small));

    private static EscapeScalingSlope Slope(EscapeSweep sweep, string dynamic) => Result.Value.Slopes.Single(s => s.Sweep == sweep && s.Dynamic == dynamic);

    [Fact]
    public void KramersSlopeInBatchOverStepIsTwoBarriersOverKappaTimesTheCurvature()
    {
        // At H_a = |H_b| the spread a² = H_a all the way to the top, so D = η κ H_a/(2B) is constant and
        // ln τ_Kramers = const + (B/η) · 2ΔL/(κ H_a); every dynamic shares it.
        foreach (string dynamic in EscapeScaling.Dynamics.Select(d => d.DisplayName()))
            Assert.Equal(2 * Small.Barrier / (Small.NoiseScale * Small.Curvature), Slope(EscapeSweep.BatchOverStep, dynamic).KramersSlope, 9);
    }

    [Fact]
    public void AtFixedBatchOverStepTheDiffusionDoesNotChangeWithTheStep()
    {
        foreach (string dynamic in EscapeScaling.Dynamics.Select(d => d.DisplayName()))
        {
            Assert.Equal(0, Slope(EscapeSweep.Step, dynamic).ExactSlope, 9);
            var exact = Result.Value.Rows.Where(r => r.Sweep == EscapeSweep.Step && r.Dynamic == dynamic).Select(r => r.Exact).ToArray();
            Assert.All(exact, e => Assert.Equal(1, e / exact[0], 12));
        }
    }

    [Fact]
    public void TheSimulatedSlopeInBatchOverStepHoldsTheDiffusionsSlope()
    {
        foreach (string dynamic in EscapeScaling.Dynamics.Select(d => d.DisplayName()))
        {
            var s = Slope(EscapeSweep.BatchOverStep, dynamic);
            var (low, high) = s.Fit.SlopeInterval;
            Assert.True(low <= s.ExactSlope && s.ExactSlope <= high, $"{dynamic}: {s.Fit.Slope:G4} [{low:G4}, {high:G4}], exact {s.ExactSlope:G4}");
        }
    }

    [Fact]
    public void SgdsTimeGrowsExponentiallyInOneOverTheCurvatureAndWhiteNoisesDoesNot()
    {
        var sgd = Slope(EscapeSweep.Curvature, "SGD");
        var white = Slope(EscapeSweep.Curvature, "GLD const");
        Assert.True(sgd.Fit.SlopeInterval.Low > white.Fit.SlopeInterval.High, $"SGD {sgd.Fit.Slope:G4} ± {sgd.Fit.SlopeStandardError:G3}, white {white.Fit.Slope:G4} ± {white.Fit.SlopeStandardError:G3}");
        // SGD's temperature η κ H_a/(2B) carries H_a into the exponent: the diffusion's slope is near 2BΔL/(ηκ) = 20 ×
        // a path factor; white noise keeps ΔL/T and only its prefactor 1/√(H_a |H_b|) and the well's width move.
        Assert.InRange(sgd.ExactSlope, 5, 10);
        Assert.InRange(white.ExactSlope, 0, 2);
    }

    [Fact]
    public void EveryCellsExactTimeIsItsDiffusionsQuadrature()
    {
        var row = Result.Value.Rows.First(r => r.Sweep == EscapeSweep.Curvature && r.Dynamic == "SGD" && r.Curvature == 4);
        var well = new AnisotropicNoise.Landscapes.TunableDoubleWell(Small.Barrier, 4, Small.TopCurvature);
        var diffusion = EscapeScaling.SgdDiffusion(new AnisotropicNoise.Landscapes.FiniteSumDoubleWell(well, Small.NoiseScale), row.LearningRate, row.BatchSize);
        Assert.Equal(diffusion.MeanFirstPassage(well.LeftMinimum, 0), row.Exact, 12);
        Assert.Equal(row.LearningRate * Small.NoiseScale * 4 / (2 * row.BatchSize), row.Temperature, 12);
        double shift = EscapeScaling.MonitoringShift * Math.Sqrt(2 * row.LearningRate * Small.NoiseScale * 2 / (2 * row.BatchSize) * row.LearningRate); // a² = |H_b| = 2 at the top
        Assert.Equal(diffusion.MeanFirstPassage(well.LeftMinimum, shift), row.ExactMonitored, 12);
    }

    [Fact]
    public void AtSmallStepsTheDiscreteRunsTakeTheTimeOfTheDiffusionToTheBarrierAsCheckedOnceAStep()
    {
        // Checked only at the ends of steps, a run exits as if the barrier stood β√(2Dη) further out; the plain
        // exact time is then below the runs' interval. (At larger η, Euler's own bias speeds escape up.)
        foreach (var row in Result.Value.Rows.Where(r => r.Sweep == EscapeSweep.Step && r.LearningRate <= 0.05))
        {
            var (low, high) = row.Result.MeanInterval;
            Assert.True(low - 0.03 * row.ExactMonitored <= row.ExactMonitored && row.ExactMonitored <= high + 0.03 * row.ExactMonitored,
                $"{row.Dynamic}, η = {row.LearningRate}: {row.Result.Mean} [{low:F1}, {high:F1}], checked per step {row.ExactMonitored:F1}");
            Assert.True(row.Exact < row.ExactMonitored);
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameTimesWhateverTheThreadCount()
    {
        var tiny = Small with { BatchSizes = [2, 3], Curvatures = [3, 4], LearningRates = [0.05, 0.1], Runs = 20 };
        var one = EscapeScaling.Run(tiny with { MaxDegreeOfParallelism = 1 }).Rows;
        var two = EscapeScaling.Run(tiny with { MaxDegreeOfParallelism = 2 }).Rows;
        Assert.Equal(one.Select(r => r.Result.Times), two.Select(r => r.Result.Times));
    }

    [Fact]
    public void SettingsOutOfRangeAreNamed()
    {
        Assert.Equal("LearningRates", Assert.Throws<ArgumentException>(() => (Small with { LearningRates = [0.05, 0.03] }).Validate()).ParamName);
        Assert.Equal("Curvatures", Assert.Throws<ArgumentException>(() => (Small with { Curvatures = [2] }).Validate()).ParamName);
        Assert.Equal("TopCurvature", Assert.Throws<ArgumentOutOfRangeException>(() => (Small with { TopCurvature = 0 }).Validate()).ParamName);
    }
}
