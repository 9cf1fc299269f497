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
    public static IReadOnlyList<RegularizationRow> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var rows = new List<RegularizationRow>();
        bool header = false;
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header)
            {
                header = line == Header ? true : throw new InvalidDataException($"line {n + 1}: expected the header '{Header}'.");
                continue;
            }
            var f = line.Split(',');
            if (f.Length != 8) throw new InvalidDataException($"line {n + 1}: {f.Length} fields, expected 8.");
            try
            {
                int I(int k) => int.Parse(f[k], NumberStyles.Integer, CultureInfo.InvariantCulture);
                double D(int k) => double.Parse(f[k], NumberStyles.Float, CultureInfo.InvariantCulture);
                rows.Add(new RegularizationRow(f[0], I(1), I(2), D(3), D(4), D(5), new Estimate(D(6), D(7))));
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new InvalidDataException($"line {n + 1}: {e.Message}", e);
            }
        }
        return header ? rows : throw new InvalidDataException("no header line: not a regularization results file.");
    }
}
