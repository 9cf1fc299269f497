using Plotly.NET;
using AnisotropicNoise.Experiments.Regularization;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>
/// The charts of the regularization experiment (the paper's Figs. 1, 5 and 6): along training, one line per dynamic, the
/// mean over its seeds with ±1 standard deviation across seeds; at the end, every seed's point.
/// </summary>
public static class RegularizationChart
{
    /// <summary>Test accuracy against the iteration (Figs. 5 and 6, left).</summary>
    public static GenericChart TestAccuracy(RegularizationTable table) => Along(table, r => r.TestAccuracy, null, "test accuracy", StyleParam.AxisType.Linear);

    /// <summary>Training accuracy against the iteration: whether each dynamic has fitted the training set.</summary>
    public static GenericChart TrainAccuracy(RegularizationTable table) => Along(table, r => r.TrainAccuracy, null, "training accuracy", StyleParam.AxisType.Linear);

    /// <summary>The scripts' sharpness <c>E|L(θ + ν) − L(θ)|</c> on the training set against the iteration, on a log axis (Figs. 5 and 6, right).</summary>
    public static GenericChart Sharpness(RegularizationTable table) =>
        Along(table, r => r.Sharpness.Value, r => r.Sharpness.StandardError, "E|L(θ+ν) − L(θ)|, training set", StyleParam.AxisType.Log);

    /// <summary>
    /// The training loss's largest Hessian eigenvalue <c>λ₁</c> against the iteration: where it stands against the
    /// stability edge <c>2/η</c> of full-batch gradient descent.
    /// </summary>
    public static GenericChart TopEigenvalue(RegularizationTable table) =>
        Along(table, r => r.TopEigenvalue, null, "λ₁ of the training loss's Hessian", StyleParam.AxisType.Linear);

    /// <summary>
    /// Each seed's final point, test accuracy against sharpness (log axis), one colour per dynamic: whether the flatter
    /// ends generalise better (Fig. 1's reading).
    /// </summary>
    public static GenericChart FinalAccuracyAgainstSharpness(RegularizationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var chart = Chart.Combine(table.Dynamics.Select(name =>
        {
            var finals = table.Finals(name);
            return Chart.Point<double, double, string>(x: finals.Select(r => r.Sharpness.Value), y: finals.Select(r => r.TestAccuracy), Name: name,
                MultiText: finals.Select(r => $"{name}, seed {r.Seed}, iteration {r.Iteration}").ToArray());
        }));
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: $"final E|ΔL|, training set ({Data(table)})", AxisType: StyleParam.AxisType.Log);
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "final test accuracy");
        return Ext.WithSize(chart, 760, 480);
    }

    /// <summary>Every chart with a short name for file names.</summary>
    public static IReadOnlyList<(string Name, GenericChart Chart)> All(RegularizationTable table) =>
    [
        ("test-accuracy", TestAccuracy(table)), ("train-accuracy", TrainAccuracy(table)), ("sharpness", Sharpness(table)),
        ("top-eigenvalue", TopEigenvalue(table)), ("final-accuracy-sharpness", FinalAccuracyAgainstSharpness(table)),
    ];

    private static GenericChart Along(RegularizationTable table, Func<RegularizationRow, double> value, Func<RegularizationRow, double>? standardError, string title, StyleParam.AxisType axis)
    {
        ArgumentNullException.ThrowIfNull(table);
        return SeededLines.PerDynamic(table.Rows, value, standardError, $"iteration from the random initialisation ({Data(table)})", title, axis);
    }

    private static string Data(RegularizationTable table) => table.IsStandIn ? "SYNTHETIC STAND-IN data" : table.DataDescription.Split(' ')[0];
}
