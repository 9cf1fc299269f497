using AnisotropicNoise.Dynamics.ContinuousTime;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// The escape-time check: noisy gradient dynamics in <see cref="DoubleWell"/> from the left minimum <c>x = −w</c>
/// until <c>X ≥ 0</c>, the measured mean first-passage time beside the exact one and half of Kramers' time
/// (Gaussian noise, constant or position-dependent diffusion).
/// </summary>
public static class DoubleWellEscape
{
    /// <summary>Simulates Langevin runs in the unit well and returns them with the exact mean and Kramers' half time.</summary>
    public static (FirstPassageResult Result, double Exact, double Kramers) Run(double temperature, FirstPassageSettings settings,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var well = new DoubleWell();
        var noise = ExitNoise.Gaussian(temperature);
        var result = Run(well, noise, settings, progress, cancellationToken);
        return (result, ExactMean(well, noise), KramersHalfTime(well, noise));
    }

    /// <summary>
    /// The diffusion <c>dX = −U'(X) dt + √(2 D(X)) dW</c> that Euler–Maruyama with Gaussian <paramref name="noise"/>
    /// approximates in <paramref name="well"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The noise is α-stable (no diffusion coefficient).</exception>
    public static ScalarDiffusion Diffusion(DoubleWell well, ExitNoise noise)
    {
        ArgumentNullException.ThrowIfNull(well);
        ArgumentNullException.ThrowIfNull(noise);
        if (noise.Temperature is not double temperature || noise.DiffusionGrowth is not double growth)
            throw new ArgumentException($"{noise} has no diffusion coefficient: the exact times belong to Gaussian noise.", nameof(noise));
        return new ScalarDiffusion(well.Slope, x => temperature * (1 + growth * x * x));
    }

    /// <summary>The exact mean time from <c>−w</c> to the top <c>0</c> under Gaussian <paramref name="noise"/> (<see cref="ScalarDiffusion.MeanFirstPassage"/>).</summary>
    /// <exception cref="ArgumentException">The noise is α-stable.</exception>
    public static double ExactMean(DoubleWell well, ExitNoise noise) => Diffusion(well, noise).MeanFirstPassage(-well.Width, 0);

    /// <summary>
    /// Half of Kramers' crossing time from <c>−w</c> over the top under Gaussian <paramref name="noise"/>
    /// (<see cref="ScalarDiffusion.KramersHalfTime"/>); at constant <c>D = T</c>, <c>π w² / (√32 k) · e^{k/T}</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The noise is α-stable.</exception>
    public static double KramersHalfTime(DoubleWell well, ExitNoise noise) =>
        Diffusion(well, noise).KramersHalfTime(-well.Width, 0, well.CurvatureAtMinimum, well.CurvatureAtTop);

    /// <summary>Exit times from the left minimum <c>−w</c> of <paramref name="well"/> to its top under <paramref name="noise"/>.</summary>
    public static FirstPassageResult Run(DoubleWell well, ExitNoise noise, FirstPassageSettings settings,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(well);
        return FirstPassage.Run(well, [-well.Width], noise, new HalfSpaceExit([1.0], 0), settings, progress, cancellationToken);
    }

    /// <summary>
    /// One row per simulation (CSV: <c>temperature,step,runs,censored,mean,ci_low,ci_high,median,exact,kramers,height,width,alpha,scale,median_low,median_high,diffusion_quadratic</c>);
    /// <c>temperature</c>, <c>diffusion_quadratic</c> (<c>a</c> of <c>D(x) = T(1 + a x²)</c>), <c>exact</c> and
    /// <c>kramers</c> belong to Gaussian noise (NaN for α-stable noise), <c>alpha</c> and <c>scale</c> describe the
    /// noise either way (Gaussian: α = 2, σ = √T).
    /// </summary>
    public static ResultTable Table(IEnumerable<(DoubleWell Well, ExitNoise Noise, FirstPassageResult Result)> rows) =>
        new([new("temperature", "T"), new("step", "h"), new("runs", "runs"), new("censored", "censored"), new("mean", "mean τ"),
                new("ci_low", "95% low"), new("ci_high", "95% high"), new("median", "median"), new("exact", "exact"), new("kramers", "Kramers/2"),
                new("height", "k"), new("width", "w"), new("alpha", "α"), new("scale", "σ"), new("median_low", "median 95% low"), new("median_high", "median 95% high"),
                new("diffusion_quadratic", "a")],
            rows.Select(r =>
            {
                bool gaussian = r.Noise.Temperature is not null;
                return (IReadOnlyList<ResultCell>)
                [
                    ResultCell.Of(r.Noise.Temperature ?? double.NaN, "G4"), ResultCell.Of(r.Result.Settings.Step, "G4"), ResultCell.Of(r.Result.Settings.Runs), ResultCell.Of(r.Result.Censored),
                    ResultCell.Of(r.Result.Mean.Value, "G5"), ResultCell.Of(r.Result.MeanInterval.Low, "G5"), ResultCell.Of(r.Result.MeanInterval.High, "G5"),
                    ResultCell.Of(r.Result.Median, "G5"),
                    ResultCell.Of(gaussian ? ExactMean(r.Well, r.Noise) : double.NaN, "G5"),
                    ResultCell.Of(gaussian ? KramersHalfTime(r.Well, r.Noise) : double.NaN, "G5"),
                    ResultCell.Of(r.Well.Height, "G4"), ResultCell.Of(r.Well.Width, "G4"), ResultCell.Of(r.Noise.Alpha, "G4"), ResultCell.Of(r.Noise.Scale, "G4"),
                    ResultCell.Of(r.Result.MedianInterval.Low, "G5"), ResultCell.Of(r.Result.MedianInterval.High, "G5"),
                    ResultCell.Of(r.Noise.DiffusionGrowth ?? double.NaN, "G4"),
                ];
            }),
            "mean first-passage time from the left minimum x = −w to the top x = 0 of U(x) = k((x/w)² − 1)², X ← X − h U'(X) + noise, Gaussian noise of diffusion D(x) = T(1 + a x²)");
}
