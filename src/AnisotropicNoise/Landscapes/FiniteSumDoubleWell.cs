namespace AnisotropicNoise.Landscapes;

/// <summary>
/// <see cref="TunableDoubleWell"/> as the mean of two examples, <c>ℓ±(x) = U(x) ± √κ Ψ(x)</c> with <c>Ψ' = a</c> the
/// spread of <see cref="TunableDoubleWell"/> (<c>a² = H</c> at each minimum, <c>|H_b|</c> at the top, linear in
/// <c>U</c> between). The per-example gradients are <c>U' ± √κ a</c>, so their variance is <c>κ a(x)²</c> and a
/// minibatch of <c>B</c> drawn with replacement has noise variance <c>κ a²/B</c>: near a minimum proportional to the
/// curvature there and inverse to the batch size, the premise of Xie, Sato and Sugiyama's SGD diffusion
/// (<c>κ = 1</c> is their <c>Σ = H/B</c>).
/// </summary>
public sealed class FiniteSumDoubleWell : IFiniteSumObjective
{
    private readonly double _root;

    /// <summary>The finite sum over <paramref name="well"/> with noise scale <paramref name="noiseScale"/> (<c>κ</c>).</summary>
    public FiniteSumDoubleWell(TunableDoubleWell well, double noiseScale = 1)
    {
        Well = well ?? throw new ArgumentNullException(nameof(well));
        NoiseScale = Guard.Positive(noiseScale, nameof(noiseScale));
        _root = Math.Sqrt(NoiseScale);
    }

    /// <summary>The mean loss.</summary>
    public TunableDoubleWell Well { get; }

    /// <summary><c>κ</c>: the per-example gradient variance is <c>κ a²</c>.</summary>
    public double NoiseScale { get; }

    /// <inheritdoc />
    public int Count => 2;

    /// <inheritdoc />
    public int Dimension => 1;

    /// <summary>The variance of one example's gradient at <paramref name="x"/>, <c>κ a(x)²</c> (a minibatch of <c>B</c> with replacement: this over <c>B</c>).</summary>
    public double ExampleGradientVariance(double x)
    {
        double a = Well.Spread(x);
        return NoiseScale * a * a;
    }

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta) => Well.Loss(theta);

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) => Well.Gradient(theta, gradient);

    /// <inheritdoc />
    public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
    {
        Guard.Length(theta.Length, 1, nameof(theta));
        Guard.Length(gradient.Length, 1, nameof(gradient));
        if (indices.IsEmpty) throw new ArgumentException("the minibatch is empty.", nameof(indices));
        double sign = 0;
        foreach (int i in indices) sign += Sign(i);
        sign /= indices.Length;
        double x = theta[0];
        gradient[0] = Well.Slope(x) + sign * _root * Well.Spread(x);
        return Well.Potential(x) + sign * _root * Well.SpreadIntegral(x);
    }

    /// <inheritdoc />
    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
    {
        Guard.Length(theta.Length, 1, nameof(theta));
        Guard.Length(gradients.Length, indices.Length, nameof(gradients));
        double x = theta[0], slope = Well.Slope(x), spread = _root * Well.Spread(x);
        for (int k = 0; k < indices.Length; k++) gradients[k] = slope + Sign(indices[k]) * spread;
    }

    private static double Sign(int index) => index switch
    {
        0 => 1,
        1 => -1,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "the double well has two examples, 0 and 1."),
    };
}
