namespace AnisotropicNoise.Dynamics;

/// <summary>
/// A constant rate <c>η</c> that decays linearly to zero over the last <c>decaySteps</c> of
/// <c>totalSteps</c>: <c>η_t = η</c> before, then <c>η (totalSteps − t) / decaySteps</c>, so the last
/// step has <c>η / decaySteps</c> and the rate would reach zero one step after the end. The
/// one-hidden-layer experiment uses <c>η = 10⁻³</c>, 310 steps (31 epochs of 10), decay over the last 100.
/// </summary>
public sealed class LinearDecayRate : ILearningRateSchedule
{
    /// <summary>Creates the schedule; <paramref name="decaySteps"/> must be in <c>[1, totalSteps]</c>.</summary>
    public LinearDecayRate(double rate, int totalSteps, int decaySteps)
    {
        Initial = Guard.Positive(rate, nameof(rate));
        TotalSteps = Guard.Positive(totalSteps, nameof(totalSteps));
        DecaySteps = Guard.InRange(decaySteps, 1, totalSteps, nameof(decaySteps));
    }

    /// <summary>The rate before the decay.</summary>
    public double Initial { get; }

    /// <summary>The number of steps of the run.</summary>
    public int TotalSteps { get; }

    /// <summary>The number of final steps over which the rate decays.</summary>
    public int DecaySteps { get; }

    /// <inheritdoc />
    public double Rate(int step)
    {
        Guard.InRange(step, 0, TotalSteps - 1, nameof(step));
        int remaining = TotalSteps - step;
        return remaining >= DecaySteps ? Initial : Initial * remaining / DecaySteps;
    }
}
