using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// The exit rule "the loss reaches a level": a run has exited once <c>L(x) ≥ c</c>. The gap <c>c − L(x)</c> is in loss
/// units, not a distance, so exits are detected at the steps only (no bridge correction).
/// </summary>
public sealed class LossLevelExit : IExitRule
{
    private readonly IObjective _objective;

    /// <summary>Exit where <paramref name="objective"/> reaches <paramref name="level"/>.</summary>
    /// <exception cref="ArgumentException">The level is not finite.</exception>
    public LossLevelExit(IObjective objective, double level)
    {
        _objective = objective ?? throw new ArgumentNullException(nameof(objective));
        Level = Guard.Finite(level, nameof(level));
    }

    /// <summary>The loss level.</summary>
    public double Level { get; }

    /// <inheritdoc />
    public int Dimension => _objective.Dimension;

    /// <inheritdoc />
    public bool GapIsDistance => false;

    /// <summary><c>c − L(x)</c>.</summary>
    public double Gap(ReadOnlySpan<double> x) => Level - _objective.Loss(x);
}
