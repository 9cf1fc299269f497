using AnisotropicNoise.Experiments.Seeds;

namespace AnisotropicNoise.Experiments.Regularization;

/// <summary>
/// One run (dynamic and seed) of the regularization experiment read as a whole: its final point, and summaries that a
/// single late spike of the training loss cannot dominate.
/// </summary>
/// <param name="Final">The last recorded point.</param>
/// <param name="BestTestAccuracy">The highest test accuracy at any recorded point.</param>
/// <param name="LateTestAccuracy">The mean test accuracy over the last quarter of the run (the recorded points at or after 3/4 of its iterations).</param>
/// <param name="Rows">Every recorded point, by iteration.</param>
public sealed record RegularizationRun(RegularizationRow Final, double BestTestAccuracy, double LateTestAccuracy, IReadOnlyList<RegularizationRow> Rows) : ISeededRow
{
    /// <inheritdoc />
    public string Dynamic => Final.Dynamic;

    /// <inheritdoc />
    public int Seed => Final.Seed;

    /// <inheritdoc />
    public int Iteration => Final.Iteration;

    /// <summary>The first recorded point whose training loss is at most <paramref name="loss"/>, or null if the run never got there.</summary>
    public RegularizationRow? FirstAtLoss(double loss) => Rows.FirstOrDefault(r => r.TrainLoss <= loss);

    /// <summary>Every run of <paramref name="table"/>, by dynamic, then seed.</summary>
    public static IReadOnlyList<RegularizationRun> Of(RegularizationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.Rows.GroupBy(r => (r.Dynamic, r.Seed)).Select(g =>
        {
            RegularizationRow[] rows = [.. g.OrderBy(r => r.Iteration)];
            var final = rows[^1];
            return new RegularizationRun(final, rows.Max(r => r.TestAccuracy), rows.Where(r => 4L * r.Iteration >= 3L * final.Iteration).Average(r => r.TestAccuracy), rows);
        })];
    }
}
