using System.Globalization;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Toy2D;

/// <summary>The outcome of the two-dimensional escape experiment.</summary>
/// <param name="Settings">The settings it ran with.</param>
/// <param name="Dynamics">One summary per dynamic, in the order of <see cref="Toy2DSettings.Dynamics"/>.</param>
/// <param name="Landscape">The mean loss of repetition 0's data on a grid, for the contour chart.</param>
public sealed record Toy2DResult(Toy2DSettings Settings, IReadOnlyList<Toy2DDynamicResult> Dynamics, LossGrid Landscape)
{
    /// <summary>
    /// The success table, one row per dynamic: escapes, runs, the rate and its 95% Wilson interval
    /// (CSV: <c>dynamic,successes,repetitions,rate,ci_low,ci_high</c>, rates to six digits).
    /// </summary>
    public ResultTable Table => new(
        [new("dynamic", "dynamic"), new("successes", "escaped"), new("repetitions", "runs"), new("rate", "rate"), new("ci_low", "95% low"), new("ci_high", "95% high")],
        Dynamics.Select(d => (IReadOnlyList<ResultCell>)
        [
            ResultCell.Of(d.Name), ResultCell.Of(d.Successes), ResultCell.Of(d.Repetitions),
            ResultCell.Of(d.Rate, "P1", "G6"), ResultCell.Of(d.Interval.Low, "P1", "G6"), ResultCell.Of(d.Interval.High, "P1", "G6"),
        ]),
        string.Create(CultureInfo.InvariantCulture,
            $"Fig. 2 escape from ({Settings.Start.X}, {Settings.Start.Y}): N = {Settings.Examples}, η = {Settings.LearningRate}, s = {Settings.NoiseTrace}{(Settings.NoiseTailIndex == 2 ? "" : $" ({Settings.NoiseTailIndex}-stable tails)")}, {Settings.Steps} steps, {Settings.Repetitions} repetitions, seed {Settings.Seed}, SGD m = {Settings.SgdBatchSize}"));
}

/// <summary>One dynamic's outcome over all repetitions.</summary>
/// <param name="Dynamic">The dynamic.</param>
/// <param name="Successes">Runs that escaped (both final coordinates below the threshold).</param>
/// <param name="Repetitions">Runs made.</param>
/// <param name="Interval">The 95% Wilson interval of the success rate.</param>
/// <param name="Runs">Each repetition's thinned trajectory and final point, in repetition order.</param>
public sealed record Toy2DDynamicResult(PaperDynamic Dynamic, int Successes, int Repetitions, WilsonInterval Interval, IReadOnlyList<Trajectory> Runs)
{
    /// <summary>The dynamic's name in the paper, for output.</summary>
    public string Name => Dynamic.DisplayName();

    /// <summary>The success rate, successes / repetitions.</summary>
    public double Rate => (double)Successes / Repetitions;

    /// <summary>Each repetition's final point <c>(w₁, w₂)</c>.</summary>
    public IReadOnlyList<double[]> FinalPositions => Runs.Select(r => r.Final).ToArray();
}
