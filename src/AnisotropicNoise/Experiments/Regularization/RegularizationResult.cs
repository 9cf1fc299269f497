namespace AnisotropicNoise.Experiments;

/// <summary>The outcome of the regularization experiment: every recorded row of every run.</summary>
/// <param name="Settings">The settings that produced it.</param>
/// <param name="DataDescription">Where the images came from.</param>
/// <param name="IsStandIn">True when the images were the synthetic stand-in.</param>
/// <param name="Rows">Per dynamic and seed, the rows at iteration 0 and every recorded point, in the settings' order.</param>
public sealed record RegularizationResult(RegularizationSettings Settings, string DataDescription, bool IsStandIn, IReadOnlyList<RegularizationRow> Rows)
{
    /// <summary>The rows as a table (CSV: <c>dynamic,seed,iteration,test_accuracy,train_loss,train_accuracy,sharpness,sharpness_se</c>).</summary>
    public ResultTable Table => new(
        [new("dynamic", "dynamic"), new("seed", "seed"), new("iteration", "iteration"), new("test_accuracy", "test acc."), new("train_loss", "train loss"),
            new("train_accuracy", "train acc."), new("sharpness", "E|ΔL|"), new("sharpness_se", "± se")],
        Rows.Select(r => (IReadOnlyList<ResultCell>)
        [
            ResultCell.Of(r.Dynamic), ResultCell.Of(r.Seed), ResultCell.Of(r.Iteration), ResultCell.Of(r.TestAccuracy, "F4"), ResultCell.Of(r.TrainLoss, "G4"),
            ResultCell.Of(r.TrainAccuracy, "F4"), ResultCell.Of(r.Sharpness.Value, "G3"), ResultCell.Of(r.Sharpness.StandardError, "G2"),
        ]),
        $"Figs. 1, 5, 6 protocol on {DataDescription}: each dynamic from its own random initialisation, η = {Settings.LearningRate}, seeds {string.Join(",", Settings.Seeds)}");
}
