namespace AnisotropicNoise.Statistics;

/// <summary>What a confidence interval says of a claimed direction.</summary>
public enum Verdict
{
    /// <summary>The interval holds the no-effect value: the data cannot decide.</summary>
    Undecided,

    /// <summary>The whole interval lies on the claim's side.</summary>
    Holds,

    /// <summary>The whole interval lies on the other side.</summary>
    Contradicted,
}

/// <summary>What an interval of an effect says of a claim that the effect is positive.</summary>
public static class IntervalVerdict
{
    /// <summary>
    /// <see cref="Verdict.Holds"/> when the whole interval [<paramref name="low"/>, <paramref name="high"/>] lies above the
    /// no-effect value (1 for a ratio, 0 for a difference), <see cref="Verdict.Contradicted"/> when it lies below, else
    /// (or when an end is NaN) <see cref="Verdict.Undecided"/>.
    /// </summary>
    public static Verdict ForPositiveEffect(double low, double high, bool isRatio)
    {
        double none = isRatio ? 1 : 0;
        return low > none ? Verdict.Holds : high < none ? Verdict.Contradicted : Verdict.Undecided;
    }
}
