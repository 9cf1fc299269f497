using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Regularization;

/// <summary>What the regularization experiment records for one dynamic and seed at one iteration.</summary>
/// <param name="Dynamic">The dynamic's display name.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Iteration">Iterations since the random initialisation.</param>
/// <param name="TestAccuracy">Accuracy on the test images.</param>
/// <param name="TrainLoss">Loss on the training images.</param>
/// <param name="TrainAccuracy">Accuracy on the training images.</param>
/// <param name="GradientNorm">The full-batch gradient's norm <c>‖∇L(θ)‖</c> on the training images.</param>
/// <param name="TopEigenvalue">The training loss's largest Hessian eigenvalue <c>λ₁</c> (Lanczos).</param>
/// <param name="SignedSharpness">
/// The signed rise <c>E[L(θ + ν)] − L(θ)</c> on the training images, with its Monte Carlo standard error: antithetic pairs
/// cancel the first-order term, so it measures curvature (<c>σ² Tr H / 2</c> for a quadratic) even where <c>∇L ≠ 0</c>.
/// </param>
/// <param name="Sharpness">
/// The scripts' expected sharpness <c>E|L(θ + ν) − L(θ)|</c> on the training images, with its Monte Carlo standard error;
/// away from a stationary point it carries the slope term <c>σ‖∇L‖√(2/π)</c> besides curvature.
/// </param>
public sealed record RegularizationRow(
    string Dynamic, int Seed, int Iteration, double TestAccuracy, double TrainLoss, double TrainAccuracy,
    double GradientNorm, double TopEigenvalue, Estimate SignedSharpness, Estimate Sharpness) : ISeededRow
{
    private static readonly CsvColumns<RegularizationRow> _columns = new CsvColumns<RegularizationRow>("regularization results file")
        .Text("dynamic", r => r.Dynamic).Int("seed", r => r.Seed).Int("iteration", r => r.Iteration).Double("test_accuracy", r => r.TestAccuracy)
        .Double("train_loss", r => r.TrainLoss).Double("train_accuracy", r => r.TrainAccuracy).Double("gradient_norm", r => r.GradientNorm)
        .Double("top_eigenvalue", r => r.TopEigenvalue).Estimate("sharpness_signed", r => r.SignedSharpness).Estimate("sharpness", r => r.Sharpness);

    /// <summary>The CSV header of <see cref="Format"/>.</summary>
    public static string Header => _columns.Header;

    /// <summary>The rows as CSV with <see cref="Header"/>, numbers round-trip.</summary>
    public static string Format(IReadOnlyList<RegularizationRow> rows) => _columns.Format(rows);

    /// <summary>The rows of a CSV text written by <see cref="Format"/>; lines starting with <c>#</c> and blank lines are skipped.</summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public static IReadOnlyList<RegularizationRow> Parse(string text) => _columns.Parse(text, f => new RegularizationRow(
        f.Text("dynamic"), f.Int("seed"), f.Int("iteration"), f.Double("test_accuracy"), f.Double("train_loss"), f.Double("train_accuracy"),
        f.Double("gradient_norm"), f.Double("top_eigenvalue"), f.Estimate("sharpness_signed"), f.Estimate("sharpness")));
}
