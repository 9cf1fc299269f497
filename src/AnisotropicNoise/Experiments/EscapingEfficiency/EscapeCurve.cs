namespace AnisotropicNoise.Experiments.EscapingEfficiency;

/// <summary>
/// Escaping efficiency <c>E[L(θ_t) − L(θ₀)]</c> against time: the closed form, its Taylor terms and
/// the exact discrete sum, beside Monte Carlo means ± standard errors of the continuous process
/// (exact OU transition) and of the discrete dynamics (Euler–Maruyama with Δt = η). One entry per recorded time.
/// </summary>
/// <param name="Times">The times <c>t</c>.</param>
/// <param name="ClosedForm"><c>¼ Tr[(I − e^{−2Ht}) Σ]</c>.</param>
/// <param name="FirstOrder"><c>(t/2) Tr(HΣ)</c>.</param>
/// <param name="SecondOrder"><c>(t/2) Tr(HΣ) − (t²/2) Tr(H²Σ)</c>.</param>
/// <param name="DiscreteExact"><c>½ Tr(H Σ_{k&lt;n} (I − ηH)^k ηΣ (I − ηH)^k)</c> at <c>n = t/η</c>.</param>
/// <param name="ContinuousMean">Monte Carlo mean of the continuous process.</param>
/// <param name="ContinuousStandardError">Its standard error.</param>
/// <param name="DiscreteMean">Monte Carlo mean of the discrete dynamics.</param>
/// <param name="DiscreteStandardError">Its standard error.</param>
public sealed record EscapeCurve(
    double[] Times, double[] ClosedForm, double[] FirstOrder, double[] SecondOrder, double[] DiscreteExact,
    double[] ContinuousMean, double[] ContinuousStandardError, double[] DiscreteMean, double[] DiscreteStandardError);
