namespace AnisotropicNoise.Dynamics;

/// <summary>The same learning rate at every step.</summary>
public sealed class ConstantRate : ILearningRateSchedule
{
    /// <summary>Creates the schedule with rate <paramref name="rate"/> (finite, &gt; 0).</summary>
    public ConstantRate(double rate) => Value = Guard.Positive(rate, nameof(rate));

    /// <summary>The rate.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public double Rate(int step) => Value;
}
