namespace AnisotropicNoise.Experiments;

/// <summary>One row of a "ratio against the bound" table: an instance's nominal conditions, what the indicators measure, and the bounds.</summary>
/// <param name="Dimension">The dimension <c>D</c>.</param>
/// <param name="K">The nominal <c>k</c> of condition 1.</param>
/// <param name="Exponent">The nominal exponent <c>d</c> of condition 1.</param>
/// <param name="A">The nominal alignment <c>a</c> of condition 2.</param>
/// <param name="Ratio">The measured <c>Tr(HΣ) / Tr(HΣ̄)</c>.</param>
/// <param name="Bound">The bound <c>a D / (k + D^{1−d})²</c> at the nominal <c>(k, d, a)</c>.</param>
/// <param name="MeasuredA">The measured alignment coefficient.</param>
/// <param name="MeasuredExponent">The measured exponent <c>d_k</c> at the nominal <c>k</c>.</param>
/// <param name="Intermediate">The intermediate bound <c>a λ₁² D / Tr(H)²</c> at the measured <c>a</c>.</param>
public sealed record AnisotropyMeasurement(
    int Dimension, int K, double Exponent, double A,
    double Ratio, double Bound, double MeasuredA, double MeasuredExponent, double Intermediate);
