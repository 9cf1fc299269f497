using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The escape-time check of issue 15: overdamped Langevin dynamics in <see cref="DoubleWell"/> from <c>x = −1</c>
/// until <c>X ≥ 0</c>, the measured mean first-passage time beside the exact one and half of Kramers' time.
/// </summary>
public static class DoubleWellEscape
{
    /// <summary>Simulates the runs and returns them with the exact mean and Kramers' half time.</summary>
    public static (FirstPassageResult Result, double Exact, double Kramers) Run(double temperature, FirstPassageSettings settings,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = FirstPassage.Langevin(new DoubleWell(), [-1.0], temperature, new HalfSpaceExit([1.0], 0), settings, progress, cancellationToken);
        return (result, DoubleWell.ExactMeanFirstPassage(temperature), DoubleWell.KramersHalfTime(temperature));
    }

    /// <summary>
    /// One row per simulation (CSV: <c>temperature,step,runs,censored,mean,ci_low,ci_high,median,exact,kramers</c>).
    /// </summary>
    public static ResultTable Table(IEnumerable<(double Temperature, FirstPassageResult Result, double Exact, double Kramers)> rows) =>
        new([new("temperature", "T"), new("step", "h"), new("runs", "runs"), new("censored", "censored"), new("mean", "mean τ"),
                new("ci_low", "95% low"), new("ci_high", "95% high"), new("median", "median"), new("exact", "exact"), new("kramers", "Kramers/2")],
            rows.Select(r => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(r.Temperature, "G4"), ResultCell.Of(r.Result.Settings.Step, "G4"), ResultCell.Of(r.Result.Settings.Runs), ResultCell.Of(r.Result.Censored),
                ResultCell.Of(r.Result.Mean.Value, "G5"), ResultCell.Of(r.Result.MeanInterval.Low, "G5"), ResultCell.Of(r.Result.MeanInterval.High, "G5"),
                ResultCell.Of(r.Result.Median, "G5"), ResultCell.Of(r.Exact, "G5"), ResultCell.Of(r.Kramers, "G5"),
            ]),
            "mean first-passage time from x = −1 to 0 in U(x) = (x² − 1)², dX = −U'(X) dt + √(2T) dW");
}
