using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Tables;

/// <summary>
/// The cells of one comparison in a result table, paired by seed (<see cref="PairedComparison"/>) or of independent seeds
/// (<see cref="WelchComparison"/>): how many seeds, what is compared, the estimate, its 95 % interval, and what the interval
/// says of a claim that the effect is positive.
/// </summary>
public static class ComparisonCells
{
    /// <summary>The columns, the last titled by the <paramref name="claim"/> its verdict speaks of.</summary>
    public static IReadOnlyList<ResultColumn> Columns(string claim) =>
        [new("seeds", "seeds"), new("comparison", "comparison"), new("estimate", "estimate"), new("low", "95 % interval, low"), new("high", "high"), new("verdict", claim)];

    /// <summary>Why a comparison with one seed on a side has no interval.</summary>
    public const string OneSeed = "one seed has no spread";

    /// <summary>
    /// The cells of <paramref name="c"/>; when it is null, n/a and "undecided" with <paramref name="why"/>; of one pair, its
    /// estimate, n/a for the interval and "undecided" with <see cref="OneSeed"/>.
    /// </summary>
    public static IReadOnlyList<ResultCell> Of(string comparison, PairedComparison? c, string? why = null) =>
    [
        ResultCell.Of(c?.Pairs ?? 0), ResultCell.Of(comparison),
        .. IntervalCells(c?.Estimate, c?.Low, c?.High),
        c is { Pairs: 1 } ? VerdictCell(null, OneSeed) : VerdictCell(c?.ForPositiveEffect(), why),
    ];

    /// <summary>
    /// The geometric-mean ratio <c>numerator ÷ denominator</c> over <paramref name="pairs"/>; n/a when no seed has a pair
    /// or an estimate is not positive (a ratio needs both sides above zero).
    /// </summary>
    public static IReadOnlyList<ResultCell> OfRatios(string comparison, IReadOnlyList<(double Numerator, double Denominator)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0) return Of(comparison, null, "no seed reached it");
        if (pairs.Any(p => !(p.Numerator > 0 && p.Denominator > 0))) return Of(comparison, null, $"a non-positive estimate among {pairs.Count} seeds");
        return Of(comparison, PairedComparison.OfRatios([.. pairs.Select(p => p.Numerator / p.Denominator)]));
    }

    /// <summary>The columns of a comparison of independent seeds with a <paramref name="baseline"/>, the last titled by the <paramref name="claim"/> its verdict speaks of.</summary>
    public static IReadOnlyList<ResultColumn> WelchColumns(string baseline, string claim) =>
        [new("seeds", "seeds"), new("baseline_seeds", $"{baseline} seeds"), new("comparison", "comparison"), new("estimate", "estimate"),
         new("low", "95 % interval, low"), new("high", "high"), new("df", "ν (Welch)"), new("verdict", claim)];

    /// <summary>The cells of <paramref name="c"/> under <see cref="WelchColumns"/>; when it is null, n/a and "undecided" with <paramref name="why"/>.</summary>
    public static IReadOnlyList<ResultCell> Of(string comparison, WelchComparison? c, (int Seeds, int BaselineSeeds) counts, string? why = null) =>
    [
        ResultCell.Of(counts.Seeds), ResultCell.Of(counts.BaselineSeeds), ResultCell.Of(comparison),
        .. IntervalCells(c?.Estimate, c?.Low, c?.High), NumberOrNa(c?.DegreesOfFreedom, "F1"),
        VerdictCell(c?.ForPositiveEffect(), why),
    ];

    private static IEnumerable<ResultCell> IntervalCells(double? estimate, double? low, double? high) =>
        [NumberOrNa(estimate, "F2"), NumberOrNa(low, "F2"), NumberOrNa(high, "F2")];

    private static ResultCell NumberOrNa(double? value, string format) => value is double v && !double.IsNaN(v) ? ResultCell.Of(v, format) : ResultCell.Of("n/a");

    private static ResultCell VerdictCell(Verdict? verdict, string? why) => ResultCell.Of(verdict switch
    {
        null => $"undecided ({why})",
        Verdict.Holds => "holds",
        Verdict.Contradicted => "contradicted",
        _ => "undecided",
    });
}
