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

    private static readonly int Columns = Header.Split(',').Length;

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
    public static IReadOnlyList<FashionMnistRow> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var rows = new List<FashionMnistRow>();
        bool header = false;
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n];
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header)
            {
                if (line != Header) throw new InvalidDataException($"line {n + 1}: expected the header '{Header}'.");
                header = true;
                continue;
            }
            rows.Add(ParseLine(line, n + 1));
        }
        if (!header) throw new InvalidDataException("no header line: not a FashionMNIST results file.");
        return rows;
    }

    private static FashionMnistRow ParseLine(string line, int number)
    {
        var f = line.Split(',');
        if (f.Length != Columns) throw new InvalidDataException($"line {number}: {f.Length} fields, expected {Columns}.");
        try
        {
            int I(int k) => int.Parse(f[k], NumberStyles.Integer, CultureInfo.InvariantCulture);
            double D(int k) => double.Parse(f[k], NumberStyles.Float, CultureInfo.InvariantCulture);
            Estimate E(int k) => new(D(k), D(k + 1));
            return new FashionMnistRow(f[0], I(1), I(2), I(3), D(4), D(5), D(6), D(7), D(8), E(9), E(11), E(13), E(15), D(17), E(18), D(20), E(21), E(23));
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"line {number}: {e.Message}", e);
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
