using System.Globalization;
using System.Text;

namespace AnisotropicNoise.Experiments;

/// <summary>The outcome of the FashionMNIST experiment: the sharp minimum and every dynamic's measurements from there.</summary>
/// <param name="Settings">The settings that produced it.</param>
/// <param name="DataDescription">Where the images came from, in words (real files or the synthetic stand-in).</param>
/// <param name="IsStandIn">Whether the images were the synthetic stand-in.</param>
/// <param name="Start">The end of the GD phase.</param>
/// <param name="Rows">Each dynamic's measurements at each recorded iteration, in the order of <see cref="FashionMnistDynamics.Create"/>.</param>
public sealed record FashionMnistResult(
    FashionMnistSettings Settings, string DataDescription, bool IsStandIn, FashionMnistStart Start, IReadOnlyList<FashionMnistRow> Rows)
{
    /// <summary>The names of the dynamics, in order.</summary>
    public IReadOnlyList<string> Dynamics => Rows.Select(r => r.Dynamic).Distinct().ToArray();

    /// <summary>The rows of <paramref name="dynamic"/>, by iteration.</summary>
    public IReadOnlyList<FashionMnistRow> Of(string dynamic) => Rows.Where(r => r.Dynamic == dynamic).ToArray();

    /// <summary>The last row of <paramref name="dynamic"/>.</summary>
    /// <exception cref="ArgumentException">No dynamic of that name ran.</exception>
    public FashionMnistRow Final(string dynamic) =>
        Rows.LastOrDefault(r => r.Dynamic == dynamic) ?? throw new ArgumentException($"no dynamic named '{dynamic}'; ran: {string.Join(", ", Dynamics)}.", nameof(dynamic));

    /// <summary>
    /// The table as CSV: <c>dynamic,iteration,test_accuracy,train_loss,sharpness,trace_sigma,ratio</c>, after
    /// <c>#</c> comment lines that say which data it ran on and how the GD phase ended.
    /// </summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.Append(CultureInfo.InvariantCulture, $"# data: {DataDescription}\n");
        csv.Append(CultureInfo.InvariantCulture,
            $"# GD phase: {Start.Iterations} steps, fitted {Start.Fitted}, train accuracy {Start.TrainAccuracy:R}, train loss {Start.TrainLoss:R} ({Start.Origin})\n");
        csv.Append("dynamic,iteration,test_accuracy,train_loss,sharpness,trace_sigma,ratio\n");
        foreach (var r in Rows)
            csv.Append(CultureInfo.InvariantCulture, $"{r.Dynamic},{r.Iteration},{r.TestAccuracy:R},{r.TrainLoss:R},{r.Sharpness:R},{r.TraceSigma:R},{r.Ratio:R}\n");
        return csv.ToString();
    }
}
