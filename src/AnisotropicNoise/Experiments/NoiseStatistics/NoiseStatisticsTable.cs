using System.Globalization;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The table of <see cref="NoiseStatistics"/> (CSV: <c>iteration,batch_size,measure,direction,value,ci_low,ci_high</c>),
/// and the way back from its CSV, so that a saved run's numbers chart without recomputing them.
/// </summary>
public static class NoiseStatisticsTable
{
    private const string Header = "iteration,batch_size,measure,direction,value,ci_low,ci_high";

    /// <summary>One row per point, batch size, measure and direction.</summary>
    public static ResultTable Of(IReadOnlyList<NoiseStatisticsAt> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new ResultTable(
            [new("iteration", "iteration"), new("batch_size", "m"), new("measure", "measure"), new("direction", "direction"), new("value", "value"), new("ci_low", "95% low"), new("ci_high", "95% high")],
            points.SelectMany(p => p.Statistics.Select(r => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(p.Iteration), ResultCell.Of(r.BatchSize), ResultCell.Of(r.Measure), ResultCell.Of(r.Direction),
                ResultCell.Of(r.Value, "G4"), ResultCell.Of(r.Low, "G4"), ResultCell.Of(r.High, "G4"),
            ])),
            "SGD's minibatch noise g_B − g: tail index (2 = Gaussian tails), Jarque–Bera p-value, gradient noise scales");
    }

    /// <summary>The points of a CSV file written from <see cref="Of"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not such a CSV; the message names the file and the line.</exception>
    public static IReadOnlyList<NoiseStatisticsAt> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>The points of a CSV text written from <see cref="Of"/>, in the order of their first row.</summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public static IReadOnlyList<NoiseStatisticsAt> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines[0] != Header) throw new InvalidDataException($"line 1: expected the header '{Header}'.");
        var points = new List<(int Iteration, List<NoiseStatistic> Rows)>();
        for (int n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0) continue;
            var (iteration, row) = ParseLine(lines[n], n + 1);
            if (points.Count == 0 || points[^1].Iteration != iteration)
            {
                if (points.Any(p => p.Iteration == iteration)) throw new InvalidDataException($"line {n + 1}: iteration {iteration} appears in two separate blocks.");
                points.Add((iteration, []));
            }
            points[^1].Rows.Add(row);
        }
        return points.Select(p => new NoiseStatisticsAt(p.Iteration, p.Rows)).ToArray();
    }

    private static (int Iteration, NoiseStatistic Row) ParseLine(string line, int number)
    {
        var f = line.Split(',');
        if (f.Length != 7) throw new InvalidDataException($"line {number}: {f.Length} fields, expected 7.");
        try
        {
            int I(int k) => int.Parse(f[k], NumberStyles.Integer, CultureInfo.InvariantCulture);
            double D(int k) => double.Parse(f[k], NumberStyles.Float, CultureInfo.InvariantCulture);
            return (I(0), new NoiseStatistic(I(1), f[2], f[3], D(4), D(5), D(6)));
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new InvalidDataException($"line {number}: {e.Message}", e);
        }
    }
}
