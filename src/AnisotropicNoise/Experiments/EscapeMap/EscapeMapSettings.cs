using AnisotropicNoise.Experiments.Toy2D;
namespace AnisotropicNoise.Experiments.EscapeMap;

/// <summary>
/// The escape map: the 2-D experiment of Fig. 2 repeated over a grid of noise traces <c>s</c> and learning
/// rates <c>η</c>, for each noise structure. Each grid point runs <see cref="Base"/> with its own <c>s</c>
/// and <c>η</c> and the same number of iterations (so a larger <c>η</c> means a stronger pull back into the
/// sharp minimum per step, not a longer run).
/// </summary>
public sealed record EscapeMapSettings
{
    /// <summary>Everything but <c>s</c> and <c>η</c>: the paper's Fig. 2 settings, the noise structures, and 100 repetitions per point.</summary>
    public Toy2DSettings Base { get; init; } = new() { Dynamics = Toy2DDynamics.NoiseStructures, TrajectoryEvery = 500 };

    /// <summary>The noise traces <c>s</c> (the paper's Fig. 2: 0.01).</summary>
    public IReadOnlyList<double> NoiseTraces { get; init; } = [0.0025, 0.005, 0.01, 0.02, 0.04];

    /// <summary>The learning rates <c>η</c> (the paper's Fig. 2: 0.005).</summary>
    public IReadOnlyList<double> LearningRates { get; init; } = [0.00125, 0.0025, 0.005, 0.01, 0.02];

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Base, nameof(Base));
        Base.Validate();
        Guard.NonEmptyDistinct(NoiseTraces, nameof(NoiseTraces), "noise traces");
        foreach (double s in NoiseTraces) Guard.Positive(s, nameof(NoiseTraces));
        Guard.NonEmptyDistinct(LearningRates, nameof(LearningRates), "learning rates");
        foreach (double eta in LearningRates) Guard.Positive(eta, nameof(LearningRates));
    }
}
