namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>How first-passage times are simulated.</summary>
public sealed record FirstPassageSettings
{
    /// <summary>The number of independent runs.</summary>
    public int Runs { get; init; } = 2000;

    /// <summary>The time step <c>h</c>.</summary>
    public double Step { get; init; } = 0.01;

    /// <summary>The time after which a run that has not exited is reported as censored.</summary>
    public double MaxTime { get; init; } = 1000;

    /// <summary>Whether to detect exits between steps with the Brownian-bridge crossing probability.</summary>
    public bool BridgeCorrection { get; init; } = true;

    /// <summary>The seed; run <c>r</c> draws from stream <c>(seed, r)</c>, so results do not depend on the thread count.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The most runs simulated at once; −1 for every core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The number of steps before censoring, <c>⌈MaxTime / Step⌉</c>.</summary>
    public long MaxSteps => (long)Math.Ceiling(MaxTime / Step);

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        Guard.InRange(Runs, 2, int.MaxValue, nameof(Runs));
        Guard.Positive(Step, nameof(Step));
        Guard.Positive(MaxTime, nameof(MaxTime));
        if (MaxTime < Step) throw new ArgumentOutOfRangeException(nameof(MaxTime), MaxTime, $"{nameof(MaxTime)} must be at least one step ({Step}).");
        Guard.Parallelism(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
    }
}
