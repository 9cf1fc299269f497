using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;

namespace AnisotropicNoise.Experiments.NoiseStatistics;

/// <summary>
/// The tables of <see cref="NoiseStatistics"/>, the summaries (CSV: <c>iteration,batch_size,measure,direction,value,ci_low,ci_high</c>)
/// and the QQ points (CSV: <c>iteration,batch_size,direction,probability,normal_quantile,sample_quantile</c>), and the way back
/// from their CSV files, so that a saved run's numbers chart without recomputing them.
/// </summary>
public static class NoiseStatisticsTable
{
    private const string SummaryHeader = "iteration,batch_size,measure,direction,value,ci_low,ci_high";
    private const string QuantileHeader = "iteration,batch_size,direction,probability,normal_quantile,sample_quantile";

    /// <summary>One row per point, batch size, measure and direction; with <paramref name="measure"/>, that measure's rows only.</summary>
    public static ResultTable Of(IReadOnlyList<NoiseStatisticsAt> points, string? measure = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new ResultTable(
            [new("iteration", "iteration"), new("batch_size", "m"), new("measure", "measure"), new("direction", "direction"), new("value", "value"), new("ci_low", "95% low"), new("ci_high", "95% high")],
            points.SelectMany(p => p.Statistics.Where(r => measure is null || r.Measure == measure).Select(r => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(p.Iteration), ResultCell.Of(r.BatchSize), ResultCell.Of(r.Measure), ResultCell.Of(r.Direction),
                ResultCell.Of(r.Value, "G4"), ResultCell.Of(r.Low, "G4"), ResultCell.Of(r.High, "G4"),
            ])),
            "SGD's minibatch noise g_B − g: tail index (2 = Gaussian tails), Jarque–Bera p-value, gradient noise scales");
    }

    /// <summary>One row per point, batch size, direction and QQ probability.</summary>
    public static ResultTable Quantiles(IReadOnlyList<NoiseStatisticsAt> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new ResultTable(
            [new("iteration", "iteration"), new("batch_size", "m"), new("direction", "direction"), new("probability", "p"), new("normal_quantile", "normal"), new("sample_quantile", "sample")],
            points.SelectMany(p => p.Quantiles.Select(q => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(p.Iteration), ResultCell.Of(q.BatchSize), ResultCell.Of(q.Direction),
                ResultCell.Of(q.Probability, "G4"), ResultCell.Of(q.Normal, "F3"), ResultCell.Of(q.Sample, "F3"),
            ])),
            "normal QQ points of SGD's noise along each direction (standardised sample against standard normal quantiles)");
    }

    /// <summary>The points of a summaries CSV file and, with <paramref name="quantilesPath"/>, their QQ points.</summary>
    /// <exception cref="InvalidDataException">A file is not such a CSV, or the QQ file holds an iteration the summaries do not; the message names the file and the line.</exception>
    public static IReadOnlyList<NoiseStatisticsAt> Load(string path, string? quantilesPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var points = DataCsv.Load(path, Parse);
        return quantilesPath is null ? points : DataCsv.Load(quantilesPath, text => WithQuantiles(points, text));
    }

    /// <summary>The points of a summaries CSV text written from <see cref="Of"/>, in the order of their first row, without QQ points.</summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public static IReadOnlyList<NoiseStatisticsAt> Parse(string text) =>
        [.. Blocks(text, SummaryHeader, "noise statistics file", f => new NoiseStatistic(f.Int(1), f[2], f[3], f.Double(4), f.Double(5), f.Double(6)))
            .Select(b => new NoiseStatisticsAt(b.Iteration, b.Rows, []))];

    /// <summary><paramref name="points"/> with the QQ points of a CSV text written from <see cref="Quantiles"/>.</summary>
    /// <exception cref="InvalidDataException">The header is missing, a line does not parse, or an iteration is not among the points.</exception>
    public static IReadOnlyList<NoiseStatisticsAt> WithQuantiles(IReadOnlyList<NoiseStatisticsAt> points, string text)
    {
        ArgumentNullException.ThrowIfNull(points);
        var blocks = Blocks(text, QuantileHeader, "noise QQ file", f => new NoiseQuantile(f.Int(1), f[2], f.Double(3), f.Double(4), f.Double(5)));
        foreach (var block in blocks)
            if (points.All(p => p.Iteration != block.Iteration))
                throw new InvalidDataException($"the QQ points name iteration {block.Iteration}, which the summaries do not hold.");
        return [.. points.Select(p => p with { Quantiles = blocks.FirstOrDefault(b => b.Iteration == p.Iteration).Rows ?? [] })];
    }

    // Rows grouped by their leading iteration, each iteration one contiguous block.
    private static List<(int Iteration, List<T> Rows)> Blocks<T>(string text, string header, string what, Func<CsvFields, T> row)
    {
        var blocks = new List<(int Iteration, List<T> Rows)>();
        foreach (var (iteration, line, parsed) in CsvRecords.Parse(text, header, what, f => (Iteration: f.Int(0), f.Line, Row: row(f))))
        {
            if (blocks.Count == 0 || blocks[^1].Iteration != iteration)
            {
                if (blocks.Any(b => b.Iteration == iteration)) throw new InvalidDataException($"line {line}: iteration {iteration} appears in two separate blocks.");
                blocks.Add((iteration, []));
            }
            blocks[^1].Rows.Add(parsed);
        }
        return blocks;
    }
}
