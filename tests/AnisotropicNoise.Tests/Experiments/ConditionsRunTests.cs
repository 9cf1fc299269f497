using AnisotropicNoise.Experiments.Conditions;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>The committed run of <c>conditions</c> (Proposition 2's conditions on the FashionMNIST network): the README row and notebook 10 state its numbers.</summary>
public class ConditionsRunTests
{
    private static readonly string Root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);

    private static readonly IReadOnlyList<ConditionsRow> Rows = ConditionsRow.Load(Path.Combine(Root, "results", "06-fashion-mnist", "conditions.csv"));

    private static Estimate At(string dynamic, int iteration, string quantity, string structure = "") =>
        Rows.Single(r => r.Dynamic == dynamic && r.Iteration == iteration && r.Quantity == quantity && r.Structure == structure).Value;

    private static Estimate Start(string quantity, string structure = "") => At(Prop2Conditions.Start, 0, quantity, structure);

    private static string F(double x, string format) => x.ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void TheReadmeRowIsTheSavedRun()
    {
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var a = Start("alignment", "SGD");
        var ratio = Start("ratio", "SGD");
        var first = Start("bound_intermediate", "SGD");
        Assert.Contains($"alignment a = {F(a.Value, "F2")} ± {F(a.StandardError, "F2")}", readme);
        Assert.Contains($"d = {F(Start("d").Value, "F2")} > ½ only with k = {F(Start("k").Value, "F0")} outliers", readme);
        Assert.Contains($"= {F(Start("bound", "SGD").Value, "F2")} against the measured `Tr(HΣ̂)/Tr(HΣ̄̂)` = {F(ratio.Value, "F0")} ± {F(ratio.StandardError, "F0")}", readme);
        Assert.Contains($"a·λ₁²·D/Tr(H)² = {F(first.Value, "F0")} ± {F(first.StandardError, "F0")}", readme);
        double[] after = [.. Rows.Where(r => r.Dynamic == "SGD" && r.Quantity == "d").Select(r => r.Value.Value)];
        Assert.Equal(3, after.Length);
        Assert.Contains($"d falls to {F(after.Min(), "F2")}–{F(after.Max(), "F2")} < ½", readme);
        Assert.Contains($"GLD diag (a = {F(Start("alignment", "GLD diag").Value, "G2")})", readme);
        Assert.Contains($"isotropic noise (a = {F(Start("alignment", "GLD dynamic").Value, "G2")})", readme);
        double[] aligned = [.. new[] { "GLD leading", "GLD Hessian", "GLD 1st eigvec(H)" }.Select(s => Start("alignment", s).Value)];
        Assert.Contains($"(a = {F(aligned.Min(), "F1")}–{F(aligned.Max(), "F0")})", readme);
    }

    [Fact]
    public void TheLinearStabilityAtEveryStartIsStatedFromTheSavedRuns()
    {
        var afterSteps = ConditionsRow.Load(Path.Combine(Root, "results", "06-fashion-mnist", "conditions-after-gd-steps.csv"));
        var b = afterSteps.Single(r => r.Quantity == "sgd_factor").Value;
        var a = Start("sgd_factor");
        Assert.True(a.Value - 2 * a.StandardError > 1, $"SGD unstable at the first fit: {a}");
        Assert.True(b.Value + 2 * b.StandardError < 1, $"SGD stable after the GD steps: {b}");
        Assert.True(Start("eta_lambda_1").Value < 2 && afterSteps.Single(r => r.Quantity == "eta_lambda_1").Value.Value < 2);
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.Contains($"{F(a.Value, "F1")} ± {F(a.StandardError, "F1")} at the first fit, unstable; {F(b.Value, "F2")} ± {F(b.StandardError, "F3")} at the end of the GD steps, stable", readme);
        string results = File.ReadAllText(Path.Combine(Root, "docs", "results.md"));
        Assert.Contains($"SGD's mean-square factor {F(a.Value, "F1")} ± {F(a.StandardError, "F1")} > 1", results);
        Assert.Contains($"(342 ± 6, 380 ± 7, 755 ± 13 against 1", results);
        foreach (var (structure, text) in new[] { ("GLD leading", "342 ± 6"), ("GLD Hessian", "380 ± 7"), ("GLD 1st eigvec(H)", "755 ± 13") })
        {
            var ratio = Start("ratio", structure);
            Assert.Equal(text, $"{F(ratio.Value, "F0")} ± {F(ratio.StandardError, "F0")}");
        }
        // The sharp minima of the other data seeds: GD's steps stable, SGD's unstable, each factor more than 1.645 standard errors above 1 (one-sided 5 %).
        var otherMinima = new[] { 2020, 2021 }.Select(seed => ConditionsRow.Load(Path.Combine(Root, "results", "06-fashion-mnist", $"conditions-data-seed-{seed}.csv"))).ToArray();
        var factors = otherMinima.Select(rows => rows.Single(r => r.Quantity == "sgd_factor").Value).ToArray();
        Assert.All(otherMinima, rows => Assert.InRange(rows.Single(r => r.Quantity == "eta_lambda_1").Value.Value, 0, 2));
        Assert.All(factors, f => Assert.True((f.Value - 1) / f.StandardError > 1.645, $"SGD unstable: {f}"));
        string[] stated = [.. factors.Select(f => $"{F(f.Value, "F1")} ± {F(f.StandardError, "F1")}")];
        Assert.Contains($"{stated[0]} and {stated[1]} at the minima of data seeds 2020 and 2021, unstable", readme);
        Assert.Contains($"factor {stated[0]} and {stated[1]} > 1, {F((factors[0].Value - 1) / factors[0].StandardError, "F1")} and {F((factors[1].Value - 1) / factors[1].StandardError, "F1")} standard errors above 1", results);
    }

    [Fact]
    public void TheSavedRunHasEveryPointAndNotebookTenShowsIt()
    {
        Assert.Equal([(Prop2Conditions.Start, 0), ("SGD", 500), ("SGD", 1000), ("SGD", 2000), ("GLD dynamic", 500), ("GLD dynamic", 1000), ("GLD dynamic", 2000)],
            Rows.Select(r => (r.Dynamic, r.Iteration)).Distinct());
        string notebook = File.ReadAllText(Path.Combine(Root, "notebooks", "10-network-conditions.ipynb"));
        foreach (var table in new[] { ConditionsRow.Summary(Rows), ConditionsRow.Structures(Rows, Prop2Conditions.Start, 0) })
            foreach (var row in table.Rows)
                foreach (var cell in row)
                    Assert.Contains(System.Net.WebUtility.HtmlEncode(cell.Text), notebook);
    }

    [Fact]
    public void XieEtAlsFirstClaimIsStatedFromTheSavedRuns()
    {
        var afterSteps = ConditionsRow.Load(Path.Combine(Root, "results", "06-fashion-mnist", "conditions-after-gd-steps.csv"));
        double[] Of(IEnumerable<ConditionsRow> rows, string quantity, string noise, Func<ConditionsRow, bool>? where = null) =>
            [.. rows.Where(r => r.Quantity == quantity && r.Structure == noise && (where?.Invoke(r) ?? true)).Select(r => r.Value.Value)];
        string Range(double[] v, string format, double scale = 1) => $"{F(v.Min() * scale, format)}–{F(v.Max() * scale, format)}";
        var all = Rows.Concat(afterSteps).ToArray();
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        string results = File.ReadAllText(Path.Combine(Root, "docs", "results.md"));
        string notebook = File.ReadAllText(Path.Combine(Root, "notebooks", "09-noise-statistics.ipynb"));
        string startShare = F(Start("hessian_top_share", Prop2Conditions.PerExample).Value * 100, "F0");
        string runsShare = Range(Of(Rows, "hessian_top_share", Prop2Conditions.PerExample, r => r.Iteration > 0), "F0", 100);
        Assert.Contains($"{startShare} % of the per-example covariance's trace at the sharp minimum, {runsShare} % at the points of the runs", readme);
        string residual = Range(Of(all, "hessian_residual", Prop2Conditions.PerExample), "F2");
        Assert.Contains($"relative residual of {residual}", readme);
        Assert.Contains($"relative residual {residual} (per-example), {Range(Of(all, "hessian_residual", "SGD"), "F2")} (SGD's `Σ̂`)", results);
        Assert.Contains($"{residual} for the per-example covariance", notebook);
        string smallest = F(Of(afterSteps, "hessian_c", Prop2Conditions.PerExample).Single(), "G1");
        string alongSgd = Range(Of(Rows, "hessian_c", Prop2Conditions.PerExample, r => r.Dynamic == "SGD"), "F2");
        Assert.Contains($"`c` ranges from {smallest} (after the scripts' 20,000 GD steps) to {F(Of(all, "hessian_c", Prop2Conditions.PerExample).Max(), "F2")} (along SGD's run)", readme);
        Assert.Contains($"{alongSgd} along SGD's run", results);
        Assert.Contains($"{alongSgd} along SGD's run", notebook);
        Assert.Contains($"`c` = {F(Start("hessian_c", Prop2Conditions.PerExample).Value, "F2")} at the sharp minimum", results);
        string wide = $"({Range(Of(all, "hessian_top_share", Prop2Conditions.WideBatch), "F0", 100)} %, {F(Of(all, "hessian_c", Prop2Conditions.WideBatch).Min(), "G1")}–{F(Of(all, "hessian_c", Prop2Conditions.WideBatch).Max(), "F2")}), its residuals ({Range(Of(all, "hessian_residual", Prop2Conditions.WideBatch), "F2")})";
        Assert.Contains(wide, notebook);
    }
}
