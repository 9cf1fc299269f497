using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Dynamics.ContinuousTime;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// Escape-time scaling laws on <see cref="FiniteSumDoubleWell"/>: minibatch SGD (noise variance <c>κ a(x)²/B</c>,
/// <c>a² = H_a</c> at the minimum), GLD dynamic (Gaussian noise of SGD's variance at every point) and GLD const
/// (white noise at SGD's temperature at the reference minimum) from the left minimum to the top, over the sweeps of
/// <see cref="EscapeSweep"/>; each cell beside the exact mean time of its diffusion approximation
/// (<c>D = η κ a²/(2B)</c> for SGD and GLD dynamic, <c>D = T</c> for GLD const) and Kramers' limit, and each sweep's
/// slope of <c>ln τ</c> fitted with its interval.
/// </summary>
public static class EscapeScaling
{
    /// <summary><c>β = −ζ(½)/√(2π)</c>: a barrier checked every step of variance <c>σ²</c> acts as one moved out by <c>β σ</c> (Broadie, Glasserman and Kou, 1997).</summary>
    public const double MonitoringShift = 0.5825971579390106;

    /// <summary>The dynamics compared, in order.</summary>
    public static IReadOnlyList<PaperDynamic> Dynamics { get; } = [PaperDynamic.Sgd, PaperDynamic.GldDynamic, PaperDynamic.GldConst];

    /// <summary>Runs every sweep and fits the slopes.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public static (IReadOnlyList<EscapeScalingRow> Rows, IReadOnlyList<EscapeScalingSlope> Slopes) Run(EscapeScalingSettings settings,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var cells = Cells(settings).ToArray();
        var rows = new List<EscapeScalingRow>();
        for (int c = 0; c < cells.Length; c++)
        {
            var (sweep, index, eta, batch, curvature) = cells[c];
            for (int d = 0; d < Dynamics.Count; d++)
                rows.Add(Simulate(settings, sweep, Dynamics[d], eta, batch, curvature,
                    RandomStream.DeriveSeed(settings.Seed, ((long)sweep * 100 + index) * 10 + d), cancellationToken));
            progress?.Report(new ExperimentProgress(c + 1, cells.Length));
        }
        return (rows, Slopes(rows));
    }

    /// <summary>
    /// Each sweep's slope of <c>ln τ</c> against its variable, per dynamic, over the cells without censored runs (a
    /// censored cell's mean is only a lower bound); NaN where fewer than two such cells remain.
    /// </summary>
    public static IReadOnlyList<EscapeScalingSlope> Slopes(IReadOnlyList<EscapeScalingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.GroupBy(r => (r.Sweep, r.Dynamic)).Select(g =>
        {
            var cells = g.Where(r => r.Result.Censored == 0).ToArray();
            if (cells.Select(r => r.Variable).Distinct().Count() < 2)
                return new EscapeScalingSlope(g.Key.Sweep, g.Key.Dynamic, new LineFit(cells.Length, double.NaN, double.NaN, double.NaN, double.NaN), double.NaN, double.NaN);
            var x = cells.Select(r => r.Variable).ToArray();
            var ones = x.Select(_ => 1.0).ToArray();
            return new EscapeScalingSlope(g.Key.Sweep, g.Key.Dynamic,
                LineFit.Weighted(x, cells.Select(r => r.LogMean).ToArray(), cells.Select(r => r.LogMeanStandardError).ToArray()),
                LineFit.Weighted(x, cells.Select(r => Math.Log(r.Exact)).ToArray(), ones).Slope,
                LineFit.Weighted(x, cells.Select(r => Math.Log(r.Kramers)).ToArray(), ones).Slope);
        }).ToArray();
    }

    /// <summary>
    /// The cells (CSV: <c>sweep,dynamic,learning_rate,batch_size,curvature,batch_over_step,temperature,runs,censored,mean,ci_low,ci_high,exact,kramers,mean_over_exact,log_mean,log_mean_se,exact_monitored,mean_over_monitored</c>).
    /// </summary>
    public static ResultTable Table(IEnumerable<EscapeScalingRow> rows) =>
        new([new("sweep", "sweep"), new("dynamic", "dynamic"), new("learning_rate", "η"), new("batch_size", "B"), new("curvature", "H_a"),
                new("batch_over_step", "B/η"), new("temperature", "D(x_a)"), new("runs", "runs"), new("censored", "censored"), new("mean", "mean τ"),
                new("ci_low", "95% low"), new("ci_high", "95% high"), new("exact", "exact"), new("kramers", "Kramers/2"),
                new("mean_over_exact", "mean/exact"), new("log_mean", "ln τ̄"), new("log_mean_se", "SE ln τ̄"),
                new("exact_monitored", "exact, checked per step"), new("mean_over_monitored", "mean/checked")],
            rows.Select(r => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(SweepName(r.Sweep)), ResultCell.Of(r.Dynamic), ResultCell.Of(r.LearningRate, "G4"), ResultCell.Of(r.BatchSize),
                ResultCell.Of(r.Curvature, "G4"), ResultCell.Of(r.BatchOverStep, "G4"), ResultCell.Of(r.Temperature, "G4"), ResultCell.Of(r.Result.Settings.Runs),
                ResultCell.Of(r.Result.Censored), ResultCell.Of(r.Result.Mean.Value, "G5"), ResultCell.Of(r.Result.MeanInterval.Low, "G5"),
                ResultCell.Of(r.Result.MeanInterval.High, "G5"), ResultCell.Of(r.Exact, "G5"), ResultCell.Of(r.Kramers, "G5"),
                ResultCell.Of(r.Result.Mean.Value / r.Exact, "F3"), ResultCell.Of(r.LogMean, "F3"), ResultCell.Of(r.LogMeanStandardError, "F3"),
                ResultCell.Of(r.ExactMonitored, "G5"), ResultCell.Of(r.Result.Mean.Value / r.ExactMonitored, "F3"),
            ]),
            "escape from the left minimum of the tunable double well to its top: mean time (iterations × η) with its 95 % interval, beside the exact mean of the diffusion approximation, Kramers' limit, and the exact mean to the barrier as a run checked once a step sees it");

    /// <summary>The slopes (CSV: <c>sweep,dynamic,variable,points,slope,slope_se,slope_low,slope_high,chi2_per_dof,exact_slope,kramers_slope</c>).</summary>
    public static ResultTable SlopeTable(IEnumerable<EscapeScalingSlope> slopes) =>
        new([new("sweep", "sweep"), new("dynamic", "dynamic"), new("variable", "x"), new("points", "points"), new("slope", "d ln τ / dx"),
                new("slope_se", "SE"), new("slope_low", "95% low"), new("slope_high", "95% high"), new("chi2_per_dof", "χ²/dof"),
                new("exact_slope", "exact"), new("kramers_slope", "Kramers")],
            slopes.Select(s => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(SweepName(s.Sweep)), ResultCell.Of(s.Dynamic), ResultCell.Of(s.Variable), ResultCell.Of(s.Fit.Points),
                ResultCell.Of(s.Fit.Slope, "G4"), ResultCell.Of(s.Fit.SlopeStandardError, "G3"), ResultCell.Of(s.Fit.SlopeInterval.Low, "G4"),
                ResultCell.Of(s.Fit.SlopeInterval.High, "G4"), ResultCell.Of(s.Fit.ChiSquarePerDegree, "F2"), ResultCell.Of(s.ExactSlope, "G4"),
                ResultCell.Of(s.KramersSlope, "G4"),
            ]),
            "slope of ln τ against each sweep's variable, weighted least squares on the simulated means (interval widened by √(χ²/dof) when above 1), beside the slopes of the exact diffusion times and of Kramers' limit");

    /// <summary>The sweep's name in tables: <c>batch-over-step</c>, <c>curvature</c> or <c>step</c>.</summary>
    public static string SweepName(EscapeSweep sweep) => sweep switch
    {
        EscapeSweep.BatchOverStep => "batch-over-step",
        EscapeSweep.Curvature => "curvature",
        _ => "step",
    };

    private static IEnumerable<(EscapeSweep Sweep, int Index, double LearningRate, int BatchSize, double Curvature)> Cells(EscapeScalingSettings s)
    {
        for (int i = 0; i < s.BatchSizes.Count; i++) yield return (EscapeSweep.BatchOverStep, i, s.LearningRate, s.BatchSizes[i], s.Curvature);
        for (int i = 0; i < s.Curvatures.Count; i++) yield return (EscapeSweep.Curvature, i, s.LearningRate, s.BatchSize, s.Curvatures[i]);
        for (int i = 0; i < s.LearningRates.Count; i++) yield return (EscapeSweep.Step, i, s.LearningRates[i], s.BatchSizeAt(s.LearningRates[i]), s.Curvature);
    }

    private static EscapeScalingRow Simulate(EscapeScalingSettings s, EscapeSweep sweep, PaperDynamic which, double eta, int batch, double curvature, long seed, CancellationToken cancellationToken)
    {
        var well = new TunableDoubleWell(s.Barrier, curvature, s.TopCurvature);
        var objective = new FiniteSumDoubleWell(well, s.NoiseScale);
        // GLD const is white noise: its temperature is SGD's at the reference minimum, so in the curvature sweep it does not follow H_a.
        double whiteTemperature = eta * s.NoiseScale * (sweep == EscapeSweep.Curvature ? s.Curvature : curvature) / (2 * batch);
        var (dynamic, diffusion) = which switch
        {
            PaperDynamic.Sgd => (Dynamic.Sgd(batch), SgdDiffusion(objective, eta, batch)),
            PaperDynamic.GldDynamic => (Dynamic.Langevin(new IsotropicNoise(NoiseMagnitude.MatchedToSgd(CovarianceEstimator.Exact(batch, withReplacement: true)))), SgdDiffusion(objective, eta, batch)),
            PaperDynamic.GldConst => (Dynamic.Langevin(new IsotropicNoise(NoiseMagnitude.FixedTrace(2 * whiteTemperature * eta))), new ScalarDiffusion(well.Slope, _ => whiteTemperature)),
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, "not among the dynamics compared here"),
        };
        var firstPassage = new FirstPassageSettings { Step = eta, Runs = s.Runs, MaxTime = s.MaxTime, Seed = seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism };
        var result = FirstPassage.Run(objective, [well.LeftMinimum], dynamic, new HalfSpaceExit([1.0], 0), firstPassage, cancellationToken: cancellationToken);
        double monitored = MonitoringShift * Math.Sqrt(2 * diffusion.Coefficient(0) * eta);
        return new EscapeScalingRow(sweep, which.DisplayName(), eta, batch, curvature, diffusion.Coefficient(well.LeftMinimum), result,
            diffusion.MeanFirstPassage(well.LeftMinimum, 0),
            diffusion.KramersHalfTime(well.LeftMinimum, 0, well.Curvature, well.TopCurvature),
            diffusion.MeanFirstPassage(well.LeftMinimum, monitored));
    }

    /// <summary>SGD's diffusion approximation with minibatches of <paramref name="batch"/> drawn with replacement: <c>D(x) = η κ a(x)² / (2B)</c>.</summary>
    public static ScalarDiffusion SgdDiffusion(FiniteSumDoubleWell objective, double eta, int batch)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return new ScalarDiffusion(objective.Well.Slope, x => eta * objective.ExampleGradientVariance(x) / (2 * batch));
    }
}
