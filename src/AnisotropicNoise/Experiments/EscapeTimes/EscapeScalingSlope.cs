using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// The slope of <c>ln τ</c> against a sweep's variable for one dynamic: fitted to the simulated means (weighted by
/// their standard errors, <see cref="LineFit"/>), beside the slopes of the exact diffusion times and of Kramers' limit.
/// </summary>
/// <param name="Sweep">The sweep.</param>
/// <param name="Dynamic">The dynamic.</param>
/// <param name="Fit">The fit to the simulated <c>ln τ̄</c> of the cells without censored runs (NaN where fewer than two).</param>
/// <param name="ExactSlope">The least-squares slope through the exact diffusion times of the same cells.</param>
/// <param name="KramersSlope">The least-squares slope through Kramers' times of the same cells.</param>
public sealed record EscapeScalingSlope(EscapeSweep Sweep, string Dynamic, LineFit Fit, double ExactSlope, double KramersSlope)
{
    /// <summary>The variable's name: <c>B/η</c>, <c>1/H_a</c> or <c>η</c>.</summary>
    public string Variable => VariableName(Sweep);

    /// <summary>The name of a sweep's variable.</summary>
    public static string VariableName(EscapeSweep sweep) => sweep switch
    {
        EscapeSweep.BatchOverStep => "B/η",
        EscapeSweep.Curvature => "1/H_a",
        _ => "η",
    };
}
