namespace AnisotropicNoise.Experiments.OneHiddenLayer;

/// <summary>The settings of the one-hidden-layer experiment (the paper's Fig. 4); the defaults are the paper's.</summary>
public sealed record OneHiddenLayerSettings
{
    /// <summary>The number of training points, uniform on <c>[−2, 2]²</c>.</summary>
    public int Examples { get; init; } = 1000;

    /// <summary>The number of hidden ReLU units <c>n</c>; <c>D = 3n</c>.</summary>
    public int HiddenUnits { get; init; } = 100;

    /// <summary>The output clipping margin <c>δ</c>.</summary>
    public double Clip { get; init; } = 1e-3;

    /// <summary>Adam's learning rate <c>η</c> before the decay.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The number of epochs; the indicators are measured after each.</summary>
    public int Epochs { get; init; } = 31;

    /// <summary>Full-batch Adam steps per epoch.</summary>
    public int StepsPerEpoch { get; init; } = 10;

    /// <summary>The learning rate decays linearly to zero over this many final epochs.</summary>
    public int DecayEpochs { get; init; } = 10;

    /// <summary>The number <c>B</c> of random minibatches behind <c>Σ̂</c>.</summary>
    public int CovarianceBatches { get; init; } = 100;

    /// <summary>The size of each of those minibatches.</summary>
    public int CovarianceBatchSize { get; init; } = 10;

    /// <summary>How many of H's top eigenvalues to report each epoch.</summary>
    public int TopEigenvalues { get; init; } = 10;

    /// <summary>The seed of the data, the initialisation and the minibatches.</summary>
    public long Seed { get; init; } = 2019;

    /// <summary>The most epochs measured at once; −1 for one per core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The number of parameters <c>D = n (2 + 1)</c>.</summary>
    public int Dimension => HiddenUnits * 3;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        Guard.Positive(Examples, nameof(Examples));
        Guard.EvenAtLeastTwo(HiddenUnits, nameof(HiddenUnits));
        Guard.ClipMargin(Clip, nameof(Clip));
        Guard.Positive(LearningRate, nameof(LearningRate));
        Guard.Positive(Epochs, nameof(Epochs));
        Guard.Positive(StepsPerEpoch, nameof(StepsPerEpoch));
        Guard.InRange(DecayEpochs, 0, Epochs, nameof(DecayEpochs));
        Guard.InRange(CovarianceBatches, 2, int.MaxValue, nameof(CovarianceBatches));
        Guard.InRange(CovarianceBatchSize, 1, Examples, nameof(CovarianceBatchSize));
        Guard.InRange(TopEigenvalues, 1, Dimension, nameof(TopEigenvalues));
        Guard.Parallelism(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
    }
}
