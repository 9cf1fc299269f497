using AnisotropicNoise.Experiments.Tables;
namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>The CSV form of <see cref="FashionMnistRow"/>s: one header, one line a row, round-trip exact (<c>R</c> format), columns by name.</summary>
public static class FashionMnistCsv
{
    private static readonly CsvColumns<FashionMnistRow> _columns = new CsvColumns<FashionMnistRow>("FashionMNIST results file")
        .Text("dynamic", r => r.Dynamic).Int("seed", r => r.Seed).Int("iteration", r => r.Iteration).Int("test_images", r => r.TestImages)
        .Double("test_accuracy", r => r.TestAccuracy).Double("train_loss", r => r.TrainLoss)
        .Double("train_accuracy_clean", r => r.TrainAccuracyClean).Double("train_accuracy_random", r => r.TrainAccuracyRandom)
        .Double("gradient_norm", r => r.GradientNorm)
        .Estimate("sharpness", r => r.Sharpness).Estimate("sharpness_abs", r => r.SharpnessAbsolute)
        .Estimate("test_sharpness", r => r.TestSharpness).Estimate("test_sharpness_abs", r => r.TestSharpnessAbsolute)
        .Double("lambda1", r => r.TopEigenvalue).Estimate("trace_h", r => r.TraceH).Double("trace_sigma", r => r.TraceSigma)
        .Estimate("trace_h_sigma", r => r.TraceHSigma).Estimate("ratio", r => r.Ratio);

    /// <summary>The column names, in order.</summary>
    public static string Header => _columns.Header;

    /// <summary>The header and one line per row.</summary>
    public static string Format(IEnumerable<FashionMnistRow> rows) => _columns.Format(rows);

    /// <summary>One row as a CSV line (no newline).</summary>
    /// <exception cref="ArgumentException">The dynamic's name holds a comma or a newline.</exception>
    public static string Line(FashionMnistRow r) => _columns.Line(r);

    /// <summary>The rows of a CSV text written by <see cref="Format"/>; lines starting with <c>#</c> and blank lines are skipped.</summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public static IReadOnlyList<FashionMnistRow> Parse(string text) => _columns.Parse(text, f => new FashionMnistRow(
        f.Text("dynamic"), f.Int("seed"), f.Int("iteration"), f.Int("test_images"), f.Double("test_accuracy"), f.Double("train_loss"),
        f.Double("train_accuracy_clean"), f.Double("train_accuracy_random"), f.Double("gradient_norm"),
        f.Estimate("sharpness"), f.Estimate("sharpness_abs"), f.Estimate("test_sharpness"), f.Estimate("test_sharpness_abs"),
        f.Double("lambda1"), f.Estimate("trace_h"), f.Double("trace_sigma"), f.Estimate("trace_h_sigma"), f.Estimate("ratio")));
}
