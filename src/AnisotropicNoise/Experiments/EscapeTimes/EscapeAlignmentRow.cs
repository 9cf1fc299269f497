namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>One dynamic's escape along <c>x</c> from the valley's left minimum at one transverse curvature.</summary>
/// <param name="TransverseCurvature"><c>H_y</c>.</param>
/// <param name="Dynamic">SGD, GLD dynamic, GLD Hessian or GLD 1st eigvec(H).</param>
/// <param name="ShareAlongEscape">The share of the noise's trace along <c>x</c> at the minimum.</param>
/// <param name="Result">The simulated escape times, iterations × η.</param>
/// <param name="Exact">The exact mean time of the <c>x</c>-diffusion (SGD, GLD dynamic), NaN where the noise along <c>x</c> vanishes on the way.</param>
public sealed record EscapeAlignmentRow(double TransverseCurvature, string Dynamic, double ShareAlongEscape, FirstPassageResult Result, double Exact);
