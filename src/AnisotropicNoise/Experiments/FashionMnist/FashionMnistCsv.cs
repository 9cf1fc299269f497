using System.Globalization;
using System.Text;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments;

/// <summary>The CSV form of <see cref="FashionMnistRow"/>s: one header, one line a row, round-trip exact (<c>R</c> format).</summary>
public static class FashionMnistCsv
{
    /// <summary>The column names, in order.</summary>
    public const string Header =
        "dynamic,seed,iteration,test_images,test_accuracy,train_loss,train_accuracy_clean,train_accuracy_random,gradient_norm," +
        "sharpness,sharpness_se,sharpness_abs,sharpness_abs_se,test_sharpness,test_sharpness_se,test_sharpness_abs,test_sharpness_abs_se," +
        "lambda1,trace_h,trace_h_se,trace_sigma,trace_h_sigma,trace_h_sigma_se,ratio,ratio_se";

    /// <summary>The header and one line per row.</summary>
    public static string Format(IEnumerable<FashionMnistRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var r in rows) csv.Append(Line(r)).Append('\n');
        return csv.ToString();
    }

    /// <summary>One row as a CSV line (no newline).</summary>
    public static string Line(FashionMnistRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Dynamic.Contains(',') || r.Dynamic.Contains('\n')) throw new ArgumentException($"dynamic name '{r.Dynamic}' holds a comma or newline.", nameof(r));
        double[] numbers =
        [
            r.TestAccuracy, r.TrainLoss, r.TrainAccuracyClean, r.TrainAccuracyRandom, r.GradientNorm,
            r.Sharpness.Value, r.Sharpness.StandardError, r.SharpnessAbsolute.Value, r.SharpnessAbsolute.StandardError,
            r.TestSharpness.Value, r.TestSharpness.StandardError, r.TestSharpnessAbsolute.Value, r.TestSharpnessAbsolute.StandardError,
            r.TopEigenvalue, r.TraceH.Value, r.TraceH.StandardError, r.TraceSigma, r.TraceHSigma.Value, r.TraceHSigma.StandardError,
            r.Ratio.Value, r.Ratio.StandardError,
        ];
        return string.Join(',', [r.Dynamic, Invariant(r.Seed), Invariant(r.Iteration), Invariant(r.TestImages), .. numbers.Select(x => x.ToString("R", CultureInfo.InvariantCulture))]);
    }

    /// <summary>The rows of a CSV text written by <see cref="Format"/>; lines starting with <c>#</c> and blank lines are skipped.</summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public static IReadOnlyList<FashionMnistRow> Parse(string text) =>
        CsvRecords.Parse(text, Header, "FashionMNIST results file", f => new FashionMnistRow(
            f[0], f.Int(1), f.Int(2), f.Int(3), f.Double(4), f.Double(5), f.Double(6), f.Double(7), f.Double(8),
            f.Estimate(9), f.Estimate(11), f.Estimate(13), f.Estimate(15), f.Double(17), f.Estimate(18), f.Double(20), f.Estimate(21), f.Estimate(23)));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
