using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Conditions;

/// <summary>One measured quantity of Proposition 2's conditions at one point: a line of <c>conditions.csv</c>.</summary>
/// <param name="Dynamic">The run's dynamic.</param>
/// <param name="Iteration">Iterations from the sharp minimum.</param>
/// <param name="Quantity">
/// <c>lambda_1</c> …, <c>trace_h</c>, <c>bulk_edge</c>, <c>lambda_min</c>, <c>k</c>, <c>d</c> (the spectrum's), <c>eta_lambda_1</c>, <c>nonuniformity</c>, <c>sgd_factor</c> (the linear stability's), or, per noise
/// structure, <c>share_u1</c>, <c>alignment</c>, <c>bound_intermediate</c>, <c>bound</c>, <c>ratio</c>; and for the
/// per-example covariance and SGD's <c>Σ̂</c>, <c>hessian_top_share</c>, <c>hessian_c</c>, <c>hessian_residual</c>
/// (<see cref="HessianProportionality"/>; the per-example covariance and <c>Σ̂</c> at m = 100 under their own structure names,
/// <see cref="Prop2Conditions.PerExample"/> and <see cref="Prop2Conditions.WideBatch"/>).
/// </param>
/// <param name="Structure">The noise structure (empty for the spectrum's quantities).</param>
/// <param name="Value">The value and its standard error (0 for an exact value).</param>
public sealed record ConditionsRow(string Dynamic, int Iteration, string Quantity, string Structure, Estimate Value)
{
    private static readonly CsvColumns<ConditionsRow> _columns = new CsvColumns<ConditionsRow>("conditions file")
        .Text("dynamic", r => r.Dynamic).Int("iteration", r => r.Iteration).Text("quantity", r => r.Quantity).Text("structure", r => r.Structure)
        .Estimate("value", r => r.Value);

    /// <summary>Every quantity of every point, in order.</summary>
    public static IReadOnlyList<ConditionsRow> Of(IReadOnlyList<ConditionsAt> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var rows = new List<ConditionsRow>();
        foreach (var p in points)
        {
            void Add(string quantity, string structure, Estimate value) => rows.Add(new ConditionsRow(p.Dynamic, p.Iteration, quantity, structure, value));
            for (int i = 0; i < p.TopEigenvalues.Count; i++) Add($"lambda_{i + 1}", "", Estimate.Exact(p.TopEigenvalues[i]));
            Add("trace_h", "", p.TraceH);
            Add("bulk_edge", "", p.BulkEdge);
            Add("lambda_min", "", p.SmallestEigenvalue);
            Add("k", "", Estimate.Exact(p.K));
            Add("d", "", Estimate.Exact(p.D));
            Add("eta_lambda_1", "", Estimate.Exact(p.Stability.LearningRate * p.Stability.TopEigenvalue));
            Add("nonuniformity", "", p.Stability.NonUniformity);
            Add("sgd_factor", "", p.Stability.SgdFactor);
            foreach (var s in p.Structures)
            {
                Add("share_u1", s.Structure, Estimate.Exact(s.ShareAlongTop));
                Add("alignment", s.Structure, s.Alignment);
                Add("bound_intermediate", s.Structure, s.IntermediateBound);
                Add("bound", s.Structure, s.Bound);
                Add("ratio", s.Structure, s.Ratio);
            }
            foreach (var (noise, value) in p.Proportionality)
            {
                Add("hessian_top_share", noise, Estimate.Exact(value.TopShare));
                Add("hessian_c", noise, Estimate.Exact(value.Constant));
                Add("hessian_residual", noise, Estimate.Exact(value.Residual));
            }
        }
        return rows;
    }

    /// <summary>The rows as CSV, numbers round-trip.</summary>
    public static string Format(IReadOnlyList<ConditionsRow> rows) => _columns.Format(rows);

    /// <summary>The rows of a CSV text written by <see cref="Format"/>.</summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public static IReadOnlyList<ConditionsRow> Parse(string text) => _columns.Parse(text, f =>
        new ConditionsRow(f.Text("dynamic"), f.Int("iteration"), f.Text("quantity"), f.Text("structure"), f.Estimate("value")));

    /// <summary>The rows of the CSV file at <paramref name="path"/>, which starts with its <c># data:</c> line.</summary>
    /// <exception cref="InvalidDataException">The file is not such a CSV; the message names the file.</exception>
    public static IReadOnlyList<ConditionsRow> Load(string path) => DataCsv.Load(path, Parse);

    /// <summary>
    /// One line per point: <c>λ₁</c>, condition 1's <c>(k, d)</c> and <c>λ_{k+1}</c>'s place (the bulk's edge), <c>Tr H</c>,
    /// and for <paramref name="structure"/> its alignment, both bounds and the measured ratio (value ± standard error).
    /// </summary>
    public static ResultTable Summary(IReadOnlyList<ConditionsRow> rows, string structure = "SGD")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var points = rows.GroupBy(r => (r.Dynamic, r.Iteration));
        string[] spectrum = ["lambda_1", "k", "d", "bulk_edge", "lambda_min", "trace_h", "eta_lambda_1", "nonuniformity", "sgd_factor"];
        string[] noise = ["share_u1", "alignment", "bound_intermediate", "bound", "ratio"];
        return new ResultTable(
            [new("dynamic", "dynamic"), new("iteration", "iteration"), .. spectrum.Select(q => new ResultColumn(q, q)), .. noise.Select(q => new ResultColumn(q, $"{structure}: {q}"))],
            points.Select(p => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(p.Key.Dynamic), ResultCell.Of(p.Key.Iteration),
                .. spectrum.Select(q => ResultCell.Of(p.Single(r => r.Quantity == q && r.Structure == "").Value)),
                .. noise.Select(q => ResultCell.Of(p.Single(r => r.Quantity == q && r.Structure == structure).Value)),
            ]),
            "value ± standard error (Hutchinson's for Tr H and what depends on it; over the density's probes for the bulk's edge and λ_min)");
    }

    /// <summary>
    /// Every noise structure at one point (<paramref name="dynamic"/>, <paramref name="iteration"/>): its share along
    /// <c>u₁</c>, its alignment <c>a</c> (condition 2), both bounds and the measured ratio (value ± standard error).
    /// </summary>
    /// <exception cref="ArgumentException">No such point.</exception>
    public static ResultTable Structures(IReadOnlyList<ConditionsRow> rows, string dynamic, int iteration)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var point = rows.Where(r => r.Dynamic == dynamic && r.Iteration == iteration && r.Structure != "").ToArray();
        if (point.Length == 0) throw new ArgumentException($"no point '{dynamic}' at iteration {iteration}.", nameof(dynamic));
        string[] quantities = ["share_u1", "alignment", "bound_intermediate", "bound", "ratio"];
        return new ResultTable(
            [new("structure", "noise"), .. quantities.Select(q => new ResultColumn(q, q))],
            point.Where(r => r.Quantity == quantities[0]).Select(r => r.Structure).Distinct().Select(structure => (IReadOnlyList<ResultCell>)
                [ResultCell.Of(structure), .. quantities.Select(q => ResultCell.Of(point.Single(r => r.Structure == structure && r.Quantity == q).Value))]),
            FormattableString.Invariant($"{dynamic}, iteration {iteration}: value ± standard error"));
    }

    /// <summary>
    /// Xie et al.'s first claim at every point: for the per-example covariance and SGD's <c>Σ̂</c>, the share of the noise
    /// in <c>H</c>'s top eigenspace, the constant <c>c</c> of <c>Σ ≈ c H / m</c> there and the relative residual (<see cref="HessianProportionality"/>).
    /// </summary>
    public static ResultTable Proportionality(IReadOnlyList<ConditionsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string[] quantities = ["hessian_top_share", "hessian_c", "hessian_residual"];
        var points = rows.Where(r => r.Quantity == quantities[0]).Select(r => (r.Dynamic, r.Iteration, r.Structure)).Distinct();
        return new ResultTable(
            [new("dynamic", "dynamic"), new("iteration", "iteration"), new("noise", "noise"), new("top_share", "share in H's top space"), new("c", "c in Σ ≈ cH/m"), new("residual", "relative residual")],
            points.Select(p => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(p.Dynamic), ResultCell.Of(p.Iteration), ResultCell.Of(p.Structure == Prop2Conditions.PerExample ? "per-example (m = 1)" : p.Structure),
                .. quantities.Select(q => ResultCell.Of(rows.Single(r => r.Dynamic == p.Dynamic && r.Iteration == p.Iteration && r.Structure == p.Structure && r.Quantity == q).Value.Value, "G3")),
            ]),
            "Σ ∝ H/m in H's top eigenspace (exact per-example covariance; Σ̂ from one shuffled pass at SGD's batch size and at m = 100)");
    }

}
