using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// Fig. 3's claim put as the paper puts it: each noise against isotropic noise of SGD's size (GLD dynamic) from the same
/// start, rather than against GD. The seeds of two dynamics are independent draws (no pairing), so each comparison is
/// Welch's: final test accuracy as its mean minus GLD dynamic's, in percentage points, and final curvature as the ratio
/// of geometric means, GLD dynamic's over its (above 1: flatter than isotropic noise).
/// </summary>
public static class FashionMnistAgainstIsotropic
{
    /// <summary>The isotropic baseline: GLD with isotropic noise of SGD's size (<see cref="PaperDynamic.GldDynamic"/>).</summary>
    public static readonly string Baseline = PaperDynamic.GldDynamic.DisplayName();

    private static readonly string Gd = PaperDynamic.Gd.DisplayName();

    /// <summary>The noises <see cref="Table"/> compares with <see cref="Baseline"/>: every dynamic but GD (which draws none) and the baseline when the baseline ran, none otherwise.</summary>
    public static IEnumerable<string> ComparedWithBaseline(FashionMnistTable table) =>
        table.Dynamics.Contains(Baseline) ? table.Dynamics.Where(d => d != Gd && d != Baseline) : [];

    /// <summary>
    /// For each table where <see cref="Baseline"/> ran, every dynamic but GD and the baseline against it, one block of rows a
    /// start, each row led by its table's <c>start</c>; a dynamic or baseline with one seed gets n/a and "undecided".
    /// <paramref name="label"/>, when given, opens the caption.
    /// </summary>
    public static ResultTable Table(IReadOnlyList<FashionMnistTable> tables, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rows = new List<IReadOnlyList<ResultCell>>();
        foreach (var table in tables.Where(t => t.Dynamics.Contains(Baseline)))
        {
            var baseline = table.Finals(Baseline);
            foreach (string name in ComparedWithBaseline(table))
            {
                var finals = table.Finals(name);
                var counts = (Seeds: finals.Count, BaselineSeeds: baseline.Count);
                IReadOnlyList<ResultCell> Lead(string measure) => [ResultCell.Of(table.StartPoint), ResultCell.Of(name), ResultCell.Of(measure)];
                IReadOnlyList<ResultCell> Beside() =>
                [
                    FinalsSummary.Cell(AcrossSeeds.Of(finals[0].Iteration, [.. finals.Select(r => r.TrainLoss)]), "G2"),
                    FinalsSummary.Cell(AcrossSeeds.Of(baseline[0].Iteration, [.. baseline.Select(r => r.TrainLoss)]), "G2"),
                ];
                string? why = counts.Seeds < 2 || counts.BaselineSeeds < 2 ? ComparisonCells.OneSeed : null;
                rows.Add([.. Lead("final test acc."), .. ComparisonCells.Of($"it − {Baseline} (pp)",
                    why is null ? WelchComparison.OfDifferences([.. finals.Select(r => 100 * r.TestAccuracy)], [.. baseline.Select(r => 100 * r.TestAccuracy)]) : null,
                    counts, why), .. Beside()]);
                foreach (var (measure, value) in FashionMnistSummary.FinalCurvatures)
                {
                    double[] its = [.. finals.Select(value)], theirs = [.. baseline.Select(value)];
                    string? whyNot = why ?? (its.Concat(theirs).Any(v => !(v > 0)) ? "a non-positive estimate" : null);
                    rows.Add([.. Lead(measure), .. ComparisonCells.Of($"{Baseline} ÷ it", whyNot is null ? WelchComparison.OfRatios(theirs, its) : null, counts, whyNot), .. Beside()]);
                }
            }
        }
        return new ResultTable(
            [new("start", "start"), new("dynamic", "dynamic"), new("measure", "measure"), .. ComparisonCells.WelchColumns(Baseline, $"better or flatter than {Baseline}"),
             new("train_loss", "training loss"), new("baseline_train_loss", $"{Baseline}'s training loss")],
            rows,
            (label is null ? "" : label + ": ") + $"each dynamic's seeds against {Baseline}'s (independent draws); 95 % interval: Welch's t, of the difference of means or of mean logs (ratio of geometric means); training loss: mean ± sd over seeds");
    }
}
