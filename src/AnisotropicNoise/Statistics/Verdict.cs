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
