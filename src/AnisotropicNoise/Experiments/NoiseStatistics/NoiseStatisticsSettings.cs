namespace AnisotropicNoise.Experiments.NoiseStatistics;

/// <summary>How SGD's noise is sampled and summarised at a point (<see cref="NoiseStatistics"/>).</summary>
public sealed record NoiseStatisticsSettings
{
    /// <summary>The minibatch sizes <c>m</c> (each batch drawn without replacement).</summary>
    public IReadOnlyList<int> BatchSizes { get; init; } = [1, 20, 100];

    /// <summary>The number <c>K</c> of minibatch noises <c>g_B − g</c> drawn per batch size.</summary>
    public int Minibatches { get; init; } = 1000;

    /// <summary>How many of the Hessian's top eigenvectors to look along.</summary>
    public int EigenDirections { get; init; } = 3;

    /// <summary>How many random unit directions to look along, for comparison.</summary>
    public int RandomDirections { get; init; } = 3;

    /// <summary>Lanczos' most products for the eigenvectors (null: to convergence).</summary>
    public int? LanczosBudget { get; init; } = 60;

    /// <summary>How many of the <c>K</c> noises enter <c>B_noise</c>'s <c>Tr(HΣ̂)</c> (one Hessian-vector product each).</summary>
    public int NoiseScaleMinibatches { get; init; } = 200;

    /// <summary>The probabilities at which each direction's normal QQ points are kept (both tails densely, the body sparsely).</summary>
    public IReadOnlyList<double> QuantileProbabilities { get; init; } =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9975, 0.999];

    /// <summary>Bootstrap resamples behind each tail index's interval.</summary>
    public int BootstrapResamples { get; init; } = 200;

    /// <summary>The seed of the minibatches, the random directions, Lanczos' start and the bootstrap.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        Guard.NonEmptyDistinct(BatchSizes, nameof(BatchSizes), "batch sizes");
        foreach (int m in BatchSizes) Guard.Positive(m, nameof(BatchSizes));
        Guard.InRange(Minibatches, 16, 10_000_000, nameof(Minibatches));
        Guard.NonNegative(EigenDirections, nameof(EigenDirections));
        Guard.NonNegative(RandomDirections, nameof(RandomDirections));
        if (LanczosBudget is int budget) Guard.InRange(budget, Math.Max(1, EigenDirections), int.MaxValue, nameof(LanczosBudget));
        Guard.InRange(NoiseScaleMinibatches, 2, Minibatches, nameof(NoiseScaleMinibatches));
        Guard.InRange(BootstrapResamples, 10, 1_000_000, nameof(BootstrapResamples));
        ArgumentNullException.ThrowIfNull(QuantileProbabilities, nameof(QuantileProbabilities));
        foreach (double p in QuantileProbabilities) Guard.OpenUnitInterval(p, nameof(QuantileProbabilities));
    }
}
