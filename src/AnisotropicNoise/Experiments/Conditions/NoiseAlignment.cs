using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Conditions;

/// <summary>One noise structure's standing under Proposition 2 at a point.</summary>
/// <param name="Structure">The noise: SGD's own, or the GLD structure built from it or from <c>H</c>.</param>
/// <param name="ShareAlongTop">The share of its trace along <c>H</c>'s top eigenvector, <c>u₁ᵀΣu₁ / Tr Σ</c> (exact given <c>u₁</c>).</param>
/// <param name="Alignment">Condition 2's coefficient <c>a = u₁ᵀΣu₁ · Tr H / (λ₁ Tr Σ)</c>; its error is <c>Tr H</c>'s.</param>
/// <param name="IntermediateBound">Proposition 2's first bound <c>a λ₁² D / Tr(H)²</c> (condition 2 alone), with <c>Tr H</c>'s relative error.</param>
/// <param name="Bound">Proposition 2's second bound <c>a D / (k + D^{1−d})²</c> at the point's <c>(k, d)</c>.</param>
/// <param name="Ratio">The measured <c>Tr(HΣ) / Tr(HΣ̄)</c>, with its standard error (NaN where it is not measured).</param>
public sealed record NoiseAlignment(string Structure, double ShareAlongTop, Estimate Alignment, Estimate IntermediateBound, Estimate Bound, Estimate Ratio);
