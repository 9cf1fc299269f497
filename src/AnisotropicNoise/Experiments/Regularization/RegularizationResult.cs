using System.Globalization;

namespace AnisotropicNoise.Experiments.Regularization;

/// <summary>The outcome of the regularization experiment: every recorded row of every run, and the settings behind them.</summary>
/// <param name="Settings">The settings that produced it.</param>
/// <param name="Table">Per dynamic and seed, the rows at iteration 0 and every recorded point, in the settings' order, with the data's description.</param>
public sealed record RegularizationResult(RegularizationSettings Settings, RegularizationTable Table)
{
    /// <summary>The sentence that states the scale run: network, images, iterations, seeds.</summary>
    public string ScaleSummary => string.Create(CultureInfo.InvariantCulture,
        $"Figs. 1, 5, 6 protocol on {Table.DataDescription}: {Settings.TrainingImages:N0} training and {Settings.TestImages:N0} test images, " +
        $"VGG features [{string.Join(",", Settings.Features.Select(f => f == Networks.Vgg.Pool ? "M" : f.ToString(CultureInfo.InvariantCulture)))}] → [{string.Join(",", Settings.Classifier)}], " +
        $"η = {Settings.LearningRate}, {Settings.Iterations:N0} iterations (SGD {Settings.IterationsOf(Dynamics.PaperDynamic.Sgd):N0}, m = {Settings.BatchSize}), seeds {string.Join(",", Settings.Seeds)}");

    /// <summary>The table as CSV (<see cref="RegularizationRow.Header"/>) after <c>#</c> lines: the data, the scale, and each departure from the authors' scripts.</summary>
    public string ToCsv(RegularizationSettings? scripts = null) =>
        Table.ToCsv([ScaleSummary, .. Settings.Departures(scripts).Select(Tables.DeparturesTable.CommentLine)]);
}
