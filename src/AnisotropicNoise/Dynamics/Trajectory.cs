namespace AnisotropicNoise.Dynamics;

/// <summary>The record of one run: the recorded steps, the parameters and metrics there, and the final point.</summary>
/// <param name="Dynamic">The name of the dynamic that ran.</param>
/// <param name="Steps">The recorded step indices (0 is the start; the last is the number of steps run).</param>
/// <param name="Parameters">A copy of <c>θ</c> at each recorded step, or empty when not recorded.</param>
/// <param name="Metrics">Each metric's values at the recorded steps, by metric name.</param>
/// <param name="Final">The parameters after the last step.</param>
public sealed record Trajectory(
    string Dynamic,
    IReadOnlyList<int> Steps,
    IReadOnlyList<double[]> Parameters,
    IReadOnlyDictionary<string, double[]> Metrics,
    double[] Final);
