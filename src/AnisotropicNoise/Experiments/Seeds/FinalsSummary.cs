using System.Globalization;
using AnisotropicNoise.Experiments.Tables;

namespace AnisotropicNoise.Experiments.Seeds;

/// <summary>One measure a <see cref="FinalsSummary"/> shows: column key, title, the value of a row, and its text format.</summary>
/// <typeparam name="TRow">The experiment's row.</typeparam>
public sealed record SummaryMeasure<TRow>(string Key, string Title, Func<TRow, double> Value, string Format);

/// <summary>The final values of each dynamic, mean ± standard deviation over its seeds: the summary the console and the notebooks show.</summary>
public static class FinalsSummary
{
    /// <summary>
    /// One row per dynamic of <paramref name="rows"/>, from each seed's last recorded point: text <c>mean ± sd</c> (the
    /// mean alone for one seed); the CSV holds <c>mean ± sd</c> unrounded.
    /// </summary>
    public static ResultTable Table<TRow>(IReadOnlyList<TRow> rows, IReadOnlyList<SummaryMeasure<TRow>> measures, string? caption = null) where TRow : ISeededRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(measures);
        return new ResultTable(
            [new("dynamic", "dynamic"), new("seeds", "seeds"), new("iteration", "iteration"), .. measures.Select(m => new ResultColumn(m.Key, m.Title))],
            rows.DynamicNames().Select(name =>
            {
                var finals = rows.FinalsOf(name);
                return (IReadOnlyList<ResultCell>)
                [
                    ResultCell.Of(name), ResultCell.Of(finals.Count), ResultCell.Of(finals.Max(r => r.Iteration)),
                    .. measures.Select(m => Cell(AcrossSeeds.Of(finals[0].Iteration, [.. finals.Select(m.Value)]), m.Format)),
                ];
            }),
            caption);
    }

    /// <summary>A value across seeds as a cell: text <c>mean ± sd</c> in <paramref name="format"/> (the mean alone for one seed), CSV unrounded.</summary>
    public static ResultCell Cell(AcrossSeeds across, string format)
    {
        string Text(double value, string f) => value.ToString(f, CultureInfo.InvariantCulture);
        return across.Seeds == 1
            ? ResultCell.Of(across.Mean, format)
            : new ResultCell($"{Text(across.Mean, "R")} ± {Text(across.StandardDeviation, "R")}", $"{Text(across.Mean, format)} ± {Text(across.StandardDeviation, format)}");
    }
}
