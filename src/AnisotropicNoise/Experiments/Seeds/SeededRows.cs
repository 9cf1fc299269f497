namespace AnisotropicNoise.Experiments.Seeds;

/// <summary>Rows of several dynamics and seeds read per dynamic: each seed's last row, and a value across seeds at each iteration.</summary>
public static class SeededRows
{
    /// <summary>The names of the dynamics in <paramref name="rows"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> DynamicNames<TRow>(this IEnumerable<TRow> rows) where TRow : ISeededRow =>
        [.. rows.Select(r => r.Dynamic).Distinct()];

    /// <summary>The rows of <paramref name="dynamic"/>, every seed.</summary>
    public static IReadOnlyList<TRow> OfDynamic<TRow>(this IEnumerable<TRow> rows, string dynamic) where TRow : ISeededRow =>
        [.. rows.Where(r => r.Dynamic == dynamic)];

    /// <summary>The last row of each seed of <paramref name="dynamic"/>, in seed order of first appearance.</summary>
    /// <exception cref="ArgumentException">No dynamic of that name ran.</exception>
    public static IReadOnlyList<TRow> FinalsOf<TRow>(this IReadOnlyList<TRow> rows, string dynamic) where TRow : ISeededRow
    {
        var finals = rows.OfDynamic(dynamic).GroupBy(r => r.Seed).Select(g => g.MaxBy(r => r.Iteration)!).ToArray();
        return finals.Length > 0 ? finals : throw new ArgumentException($"no dynamic named '{dynamic}'; ran: {string.Join(", ", rows.DynamicNames())}.", nameof(dynamic));
    }

    /// <summary>
    /// <paramref name="value"/> of <paramref name="dynamic"/> at each recorded iteration across its seeds:
    /// mean, standard deviation (0 for one seed), smallest and largest.
    /// </summary>
    public static IReadOnlyList<AcrossSeeds> AcrossSeedsOf<TRow>(this IEnumerable<TRow> rows, string dynamic, Func<TRow, double> value) where TRow : ISeededRow
    {
        ArgumentNullException.ThrowIfNull(value);
        return [.. rows.OfDynamic(dynamic).GroupBy(r => r.Iteration).OrderBy(g => g.Key).Select(g => AcrossSeeds.Of(g.Key, [.. g.Select(value)]))];
    }
}
