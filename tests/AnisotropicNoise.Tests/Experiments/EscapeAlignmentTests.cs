using AnisotropicNoise.Experiments.EscapeTimes;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Tests.Experiments;

public class EscapeAlignmentTests
{
    private static readonly EscapeAlignmentSettings Small = new() { TransverseCurvatures = [0.5, 8], Runs = 300, MaxTime = 200, Seed = 3 };

    private static readonly Lazy<IReadOnlyList<EscapeAlignmentRow>> Rows = new(() => EscapeAlignment.Run(Small));

    private static EscapeAlignmentRow Row(double across, string dynamic) => Rows.Value.Single(r => r.TransverseCurvature == across && r.Dynamic == dynamic);

    [Fact]
    public void SgdsEscapeAlongTheWellIsTheOneDimensionalOneWhateverTheCurvatureAcross()
    {
        // The loss separates and SGD's x-noise is κ a²/B whatever H_y: its exact time is the 1-D well's.
        var well = new TunableDoubleWell(Small.Barrier, Small.Curvature, Small.TopCurvature);
        double oneDimensional = EscapeScaling.SgdDiffusion(new FiniteSumDoubleWell(well, Small.NoiseScale), Small.LearningRate, Small.BatchSize).MeanFirstPassage(well.LeftMinimum, 0);
        foreach (double across in Small.TransverseCurvatures) Assert.Equal(oneDimensional, Row(across, "SGD").Exact, 12);
        var (low, high) = Row(0.5, "SGD").Result.MeanInterval;
        var (low8, high8) = Row(8, "SGD").Result.MeanInterval;
        Assert.True(low <= high8 && low8 <= high, "SGD's time should not depend on H_y");
    }

    [Fact]
    public void IsotropicNoiseOfSgdsTraceIsSlowerWhenTheEscapeRunsAlongTheSharpDirectionAndFasterWhenAlongTheFlatOne()
    {
        Assert.True(Row(0.5, "GLD dynamic").Result.MeanInterval.Low > Row(0.5, "SGD").Result.MeanInterval.High);
        Assert.True(Row(8, "GLD dynamic").Result.MeanInterval.High < Row(8, "SGD").Result.MeanInterval.Low);
        Assert.Equal(0.5, Row(8, "GLD dynamic").ShareAlongEscape);
        Assert.Equal(2 / 2.5, Row(0.5, "SGD").ShareAlongEscape, 12);
        Assert.Equal(2 / 10.0, Row(8, "GLD Hessian").ShareAlongEscape, 12);
    }

    [Fact]
    public void TopEigenvectorNoiseNeverCrossesWhereTheCurvatureAlongTheWellFallsBelowTheOneAcross()
    {
        // Between the minimum and the top U'' passes through 0, so the top eigenvector turns across the valley there.
        foreach (double across in Small.TransverseCurvatures)
        {
            Assert.Equal(Small.Runs, Row(across, "GLD 1st eigvec(H)").Result.Censored);
            Assert.True(double.IsNaN(Row(across, "GLD 1st eigvec(H)").Exact));
        }
        Assert.Equal(1, Row(0.5, "GLD 1st eigvec(H)").ShareAlongEscape);
    }

    [Fact]
    public void SettingsOutOfRangeAreNamed()
    {
        Assert.Equal("TransverseCurvatures", Assert.Throws<ArgumentException>(() => (Small with { TransverseCurvatures = [2] }).Validate()).ParamName);
        Assert.Equal("TransverseCurvatures", Assert.Throws<ArgumentException>(() => (Small with { TransverseCurvatures = [] }).Validate()).ParamName);
    }
}
