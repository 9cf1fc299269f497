using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// Results files of <c>fashion-mnist --csv</c> from one start, run in pieces (other dynamics, other seeds, on other
/// machines), joined into the one file a single run of them all would have written.
/// </summary>
public static class FashionMnistRunFiles
{
    private const string SeedsLine = DeparturesTable.CommentPrefix + nameof(FashionMnistSettings.Seeds) + " = ",
        PrecisionLine = DeparturesTable.CommentPrefix + "Precision = ";
    private static readonly string Gd = PaperDynamic.Gd.DisplayName();

    /// <summary>
    /// The file whose rows are every piece's: dynamics in order of first appearance, each dynamic's seeds in order, GD once.
    /// Its <c>#</c> lines are the first piece's, with the <c>Seeds</c> departure made from the joined rows (the seeds of each
    /// set of dynamics when they differ; the first piece's when only GD ran, whose rows carry no seeds).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two pieces.</exception>
    /// <exception cref="InvalidDataException">A piece does not parse, or the pieces do not share the data, the start point, the GD phase
    /// (same checkpoint, same numbers) and every other setting, or two pieces hold the same run with different rows; the message names the pieces.</exception>
    public static string Merge(IReadOnlyList<(string Name, string Text)> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count < 2) throw new ArgumentException("merging needs at least two results files.", nameof(pieces));
        var parsed = pieces.Select(p => (p.Name, Table: Parse(p), Comments: Comments(p.Text))).ToArray();
        var first = parsed[0];
        var runs = new Dictionary<(string Dynamic, int Seed), (string Piece, FashionMnistRow[] Rows)>();
        var order = new List<(string Dynamic, int Seed)>();
        foreach (var piece in parsed)
        {
            if (piece.Table.DataDescription != first.Table.DataDescription) throw Mismatch(first.Name, piece.Name, "data");
            if (piece.Table.StartPoint != first.Table.StartPoint) throw Mismatch(first.Name, piece.Name, "start point");
            if (!Settings(piece.Comments).SequenceEqual(Settings(first.Comments))) throw Mismatch(first.Name, piece.Name, "GD phase or settings");
            foreach (var run in piece.Table.Rows.GroupBy(r => (r.Dynamic, Seed: r.Dynamic == Gd ? 0 : r.Seed)))
            {
                var rows = run.ToArray();
                if (!runs.TryGetValue(run.Key, out var held))
                {
                    runs.Add(run.Key, (piece.Name, rows));
                    order.Add(run.Key);
                }
                else if (!Same(held.Rows, rows))
                    throw new InvalidDataException($"{held.Piece} and {piece.Name} hold different rows for {run.Key.Dynamic}" +
                        (run.Key.Dynamic == Gd ? "" : $", seed {run.Key.Seed}") + ": they are not runs of the same settings.");
            }
        }
        var table = first.Table with { Rows = [.. order.GroupBy(k => k.Dynamic).SelectMany(d => d.OrderBy(k => k.Seed)).SelectMany(k => runs[k].Rows)] };
        return table.ToCsv(WithSeeds(first.Comments, table.Rows));
    }

    private static FashionMnistTable Parse((string Name, string Text) piece)
    {
        try
        {
            return FashionMnistTable.FromCsv(piece.Text);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{piece.Name}: {e.Message}", e);
        }
    }

    // The # lines after the data line, without their "# ".
    private static List<string> Comments(string text) =>
        [.. text.Split('\n').Skip(1).TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimEnd('\r')[1..].TrimStart())];

    // What must agree: every # line but the Seeds departure, and of the GD phase's line its numbers and checkpoint, not
    // whether this piece loaded or computed it.
    private static IEnumerable<string> Settings(List<string> comments) => comments
        .Where(c => !c.StartsWith(SeedsLine, StringComparison.Ordinal))
        .Select(c => c.StartsWith(FashionMnistStartLine.Prefix, StringComparison.Ordinal) ? FashionMnistStartLine.WithoutOrigin(c) : c);

    private static bool Same(FashionMnistRow[] held, FashionMnistRow[] other) =>
        held.Length == other.Length && held.Zip(other).All(p => p.First with { Seed = 0 } == p.Second with { Seed = 0 });

    private static IEnumerable<string> WithSeeds(List<string> comments, IReadOnlyList<FashionMnistRow> rows)
    {
        var seeded = rows.GroupBy(r => r.Dynamic).Where(d => d.Key != Gd)
            .Select(d => (d.Key, Seeds: string.Join(",", d.Select(r => r.Seed).Distinct()))).ToArray();
        if (seeded.Length == 0) return comments; // GD alone draws nothing and runs once: its rows do not say which seeds were asked for
        var sets = seeded.GroupBy(d => d.Seeds).ToArray();
        string? seeds = sets.Length switch
        {
            1 => sets[0].Key.Contains(',') ? sets[0].Key : null,
            _ => string.Join("; ", sets.Select(s => $"{s.Key} ({string.Join(", ", s.Select(d => d.Key))})")),
        };
        var kept = comments.Where(c => !c.StartsWith(SeedsLine, StringComparison.Ordinal)).ToList();
        if (seeds is null) return kept;
        int at = comments.FindIndex(c => c.StartsWith(SeedsLine, StringComparison.Ordinal));
        if (at < 0) at = kept.FindIndex(c => c.StartsWith(PrecisionLine, StringComparison.Ordinal)) is var precision and >= 0 ? precision : kept.Count;
        kept.Insert(at, DeparturesTable.CommentLine(FashionMnistSettings.SeedsDeparture(seeds)));
        return kept;
    }

    private static InvalidDataException Mismatch(string first, string other, string what) =>
        new($"{first} and {other} differ in their {what}: only runs from one start with the same settings merge.");
}
