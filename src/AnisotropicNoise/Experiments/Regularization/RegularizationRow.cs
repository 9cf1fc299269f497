using System.Globalization;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments;

/// <summary>What the regularization experiment records for one dynamic and seed at one iteration.</summary>
/// <param name="Dynamic">The dynamic's display name.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Iteration">Iterations since the random initialisation.</param>
/// <param name="TestAccuracy">Accuracy on the test images.</param>
/// <param name="TrainLoss">Loss on the training images.</param>
/// <param name="TrainAccuracy">Accuracy on the training images.</param>
/// <param name="Sharpness">The scripts' expected sharpness <c>E|L(θ + ν) − L(θ)|</c> on the training images, with its standard error.</param>
public sealed record RegularizationRow(string Dynamic, int Seed, int Iteration, double TestAccuracy, double TrainLoss, double TrainAccuracy, Estimate Sharpness) : ISeededRow
{
    /// <summary>The CSV header of <see cref="Format"/>.</summary>
    public const string Header = "dynamic,seed,iteration,test_accuracy,train_loss,train_accuracy,sharpness,sharpness_se";

    /// <summary>The rows as CSV with <see cref="Header"/>, numbers round-trip.</summary>
    public static string Format(IReadOnlyList<RegularizationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return string.Concat(rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Dynamic},{r.Seed},{r.Iteration},{r.TestAccuracy:R},{r.TrainLoss:R},{r.TrainAccuracy:R},{r.Sharpness.Value:R},{r.Sharpness.StandardError:R}\n")).Prepend(Header + "\n"));
    }

    /// <summary>The rows of a CSV text written by <see cref="Format"/>; lines starting with <c>#</c> and blank lines are skipped.</summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public static IReadOnlyList<RegularizationRow> Parse(string text) =>
        CsvRecords.Parse(text, Header, "regularization results file", f => new RegularizationRow(f[0], f.Int(1), f.Int(2), f.Double(3), f.Double(4), f.Double(5), f.Estimate(6)));
}
