using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// The escape-time check of issue 15: overdamped Langevin dynamics in <see cref="DoubleWell"/> from <c>x = −1</c>
/// until <c>X ≥ 0</c>, the measured mean first-passage time beside the exact one and half of Kramers' time.
/// </summary>
public static class DoubleWellEscape
{
    /// <summary>Simulates Langevin runs in the unit well and returns them with the exact mean and Kramers' half time.</summary>
    public static (FirstPassageResult Result, double Exact, double Kramers) Run(double temperature, FirstPassageSettings settings,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var well = new DoubleWell();
        var result = Run(well, ExitNoise.Gaussian(temperature), settings, progress, cancellationToken);
        return (result, well.ExactMeanFirstPassage(temperature), well.KramersHalfTime(temperature));
    }

    /// <summary>Exit times from the left minimum <c>−w</c> of <paramref name="well"/> to its top under <paramref name="noise"/>.</summary>
    public static FirstPassageResult Run(DoubleWell well, ExitNoise noise, FirstPassageSettings settings,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(well);
        return FirstPassage.Run(well, [-well.Width], noise, new HalfSpaceExit([1.0], 0), settings, progress, cancellationToken);
    }

    /// <summary>
    /// One row per simulation (CSV: <c>temperature,step,runs,censored,mean,ci_low,ci_high,median,exact,kramers,height,width,alpha,scale,median_low,median_high</c>);
    /// <c>temperature</c>, <c>exact</c> and <c>kramers</c> belong to Gaussian noise (NaN for α-stable noise), <c>alpha</c>
    /// and <c>scale</c> describe the noise either way (Gaussian: α = 2, σ = √T).
    /// </summary>
    public static ResultTable Table(IEnumerable<(DoubleWell Well, ExitNoise Noise, FirstPassageResult Result)> rows) =>
        new([new("temperature", "T"), new("step", "h"), new("runs", "runs"), new("censored", "censored"), new("mean", "mean τ"),
                new("ci_low", "95% low"), new("ci_high", "95% high"), new("median", "median"), new("exact", "exact"), new("kramers", "Kramers/2"),
                new("height", "k"), new("width", "w"), new("alpha", "α"), new("scale", "σ"), new("median_low", "median 95% low"), new("median_high", "median 95% high")],
            rows.Select(r =>
            {
                double temperature = r.Noise.Temperature ?? double.NaN;
                bool gaussian = r.Noise.Temperature is not null;
                return (IReadOnlyList<ResultCell>)
                [
                    ResultCell.Of(temperature, "G4"), ResultCell.Of(r.Result.Settings.Step, "G4"), ResultCell.Of(r.Result.Settings.Runs), ResultCell.Of(r.Result.Censored),
                    ResultCell.Of(r.Result.Mean.Value, "G5"), ResultCell.Of(r.Result.MeanInterval.Low, "G5"), ResultCell.Of(r.Result.MeanInterval.High, "G5"),
                    ResultCell.Of(r.Result.Median, "G5"),
                    ResultCell.Of(gaussian ? r.Well.ExactMeanFirstPassage(temperature) : double.NaN, "G5"),
                    ResultCell.Of(gaussian ? r.Well.KramersHalfTime(temperature) : double.NaN, "G5"),
                    ResultCell.Of(r.Well.Height, "G4"), ResultCell.Of(r.Well.Width, "G4"), ResultCell.Of(r.Noise.Alpha, "G4"), ResultCell.Of(r.Noise.Scale, "G4"),
                    ResultCell.Of(r.Result.MedianInterval.Low, "G5"), ResultCell.Of(r.Result.MedianInterval.High, "G5"),
                ];
            }),
            "mean first-passage time from the left minimum x = −w to the top x = 0 of U(x) = k((x/w)² − 1)², X ← X − h U'(X) + noise");
}
