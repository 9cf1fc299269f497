namespace AnisotropicNoise.Dynamics;

/// <summary>What a run records: every <paramref name="Every"/> steps (and at the start and the end), the parameters and/or metrics.</summary>
/// <param name="Every">Record at steps 0, Every, 2·Every, … and at the last step.</param>
/// <param name="Parameters">Whether to keep a copy of <c>θ</c> at each recorded step.</param>
/// <param name="Metrics">The metrics to evaluate at each recorded step.</param>
public sealed record Recording(int Every = 1, bool Parameters = true, IReadOnlyList<Metric>? Metrics = null)
{
    /// <summary>Record nothing but the final point.</summary>
    public static Recording FinalOnly { get; } = new(int.MaxValue, false);
}
