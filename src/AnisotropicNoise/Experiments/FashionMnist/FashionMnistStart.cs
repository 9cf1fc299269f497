namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>The end of the GD phase: the sharp minimum every dynamic starts from.</summary>
/// <param name="Theta">The parameters.</param>
/// <param name="Iterations">GD steps taken.</param>
/// <param name="Fitted">Whether the training set was fit (100 % accuracy) before the step cap.</param>
/// <param name="TrainAccuracy">Training accuracy at <paramref name="Theta"/> (corrupted labels included).</param>
/// <param name="TrainLoss">Training loss at <paramref name="Theta"/>.</param>
/// <param name="Origin">How it was obtained: computed, loaded from the checkpoint, or recomputed because the checkpoint was unusable (and why).</param>
public sealed record FashionMnistStart(double[] Theta, int Iterations, bool Fitted, double TrainAccuracy, double TrainLoss, string Origin);
