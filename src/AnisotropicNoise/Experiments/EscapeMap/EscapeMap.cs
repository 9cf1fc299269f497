using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.EscapeMap;

/// <summary>
/// Where in <c>(s, η)</c> does alignment with the curvature matter? The escape rate of each noise structure of
/// Fig. 2 from the sharp minimum, over a grid of noise traces and learning rates, each with its Wilson interval.
/// </summary>
public static class EscapeMap
{
    /// <summary>Runs the 2-D experiment at every grid point (points in order; the repetitions inside each in parallel).</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    /// <exception cref="DivergenceException">A run diverged at some grid point (too large a learning rate or noise).</exception>
    public static IReadOnlyList<EscapeMapCell> Run(EscapeMapSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var cells = new List<EscapeMapCell>();
        int total = settings.NoiseTraces.Count * settings.LearningRates.Count, done = 0;
        foreach (double s in settings.NoiseTraces)
            foreach (double eta in settings.LearningRates)
            {
                var result = Toy2D.Toy2D.Run(settings.Base with { NoiseTrace = s, LearningRate = eta }, null, cancellationToken);
                cells.AddRange(result.Dynamics.Select(d => new EscapeMapCell(d.Dynamic, s, eta, d.Repetitions, d.Successes, d.Interval)));
                progress?.Report(new ExperimentProgress(++done, total));
            }
        return cells.OrderBy(c => settings.Base.Dynamics.ToList().IndexOf(c.Dynamic)).ToArray();
    }

    /// <summary>One row per dynamic and grid point (CSV: <c>dynamic,s,eta,runs,rate,ci_low,ci_high</c>).</summary>
    public static ResultTable Table(IReadOnlyList<EscapeMapCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return new ResultTable(
            [new("dynamic", "dynamic"), new("s", "s"), new("eta", "η"), new("runs", "runs"), new("rate", "escape rate"), new("ci_low", "95% low"), new("ci_high", "95% high")],
            cells.Select(c => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(c.Dynamic.DisplayName()), ResultCell.Of(c.NoiseTrace, "G4"), ResultCell.Of(c.LearningRate, "G4"), ResultCell.Of(c.Runs),
                ResultCell.Of(c.Rate, "P0", "G6"), ResultCell.Of(c.Interval.Low, "P0", "G6"), ResultCell.Of(c.Interval.High, "P0", "G6"),
            ]),
            "escape rate from the sharp minimum of Fig. 2 over the noise trace s and the learning rate η");
    }
}

/// <summary>One noise structure's escapes at one grid point.</summary>
/// <param name="Dynamic">The noise structure.</param>
/// <param name="NoiseTrace">The noise trace <c>s</c>.</param>
/// <param name="LearningRate">The learning rate <c>η</c>.</param>
/// <param name="Runs">The repetitions.</param>
/// <param name="Escapes">How many ended in the flat basin.</param>
/// <param name="Interval">The 95% Wilson interval of the rate.</param>
public sealed record EscapeMapCell(PaperDynamic Dynamic, double NoiseTrace, double LearningRate, int Runs, int Escapes, WilsonInterval Interval)
{
    /// <summary>The escape rate, escapes / runs.</summary>
    public double Rate => (double)Escapes / Runs;
}
