namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// One cell of an escape-scaling sweep for one dynamic: the simulated escape times from the left minimum of
/// <see cref="Landscapes.FiniteSumDoubleWell"/> to the top, beside the exact mean of the dynamic's diffusion
/// approximation and Kramers' limit of it.
/// </summary>
/// <param name="Sweep">The sweep the cell belongs to.</param>
/// <param name="Dynamic">SGD, GLD dynamic (Gaussian noise of SGD's variance at every point) or GLD const (isotropic, constant).</param>
/// <param name="LearningRate">η.</param>
/// <param name="BatchSize">B (SGD's, and the one GLD dynamic's variance and GLD const's temperature are matched to).</param>
/// <param name="Curvature">H_a of the minimum.</param>
/// <param name="Temperature">The diffusion coefficient at the minimum, <c>D(x_a)</c> (SGD: <c>η κ H_a / (2B)</c>).</param>
/// <param name="Result">The simulated escape times, iterations × η.</param>
/// <param name="Exact">The exact mean first-passage time of the diffusion approximation.</param>
/// <param name="Kramers">Kramers' limit of it.</param>
/// <param name="ExactMonitored">
/// The exact mean time of the diffusion to a barrier moved out to <c>β √(2 D(0) η)</c>, <c>β = −ζ(½)/√(2π) ≈ 0.5826</c>:
/// Broadie, Glasserman and Kou's (1997) correction for a barrier checked only at the ends of steps, as the discrete runs are.
/// </param>
public sealed record EscapeScalingRow(EscapeSweep Sweep, string Dynamic, double LearningRate, int BatchSize, double Curvature, double Temperature,
    FirstPassageResult Result, double Exact, double Kramers, double ExactMonitored)
{
    /// <summary><c>B/η</c>.</summary>
    public double BatchOverStep => BatchSize / LearningRate;

    /// <summary>The sweep's variable at this cell: <c>B/η</c>, <c>1/H_a</c> or <c>η</c>.</summary>
    public double Variable => Sweep switch
    {
        EscapeSweep.BatchOverStep => BatchOverStep,
        EscapeSweep.Curvature => 1 / Curvature,
        _ => LearningRate,
    };

    /// <summary><c>ln τ̄</c> of the simulated mean.</summary>
    public double LogMean => Math.Log(Result.Mean.Value);

    /// <summary>The standard error of <see cref="LogMean"/>, <c>SE(τ̄)/τ̄</c> (delta method).</summary>
    public double LogMeanStandardError => Result.Mean.StandardError / Result.Mean.Value;
}
