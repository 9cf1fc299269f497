using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>
/// Heavy-tailed noise of any covariance shape: the sub-Gaussian symmetric α-stable vector <c>√A · g</c>, where <c>g</c> is a
/// draw of a Gaussian noise, the shape, with covariance <c>Σ</c> (isotropic, diagonal, along the curvature, ...),
/// and <c>A</c> an independent positive (α/2)-stable draw (<see cref="PositiveStable"/>). Every projection <c>uᵀε</c> is then
/// symmetric α-stable with scale <c>√(uᵀΣu / 2)</c> (Samorodnitsky and Taqqu, 1994, Prop. 2.5.2), so the shape of the
/// noise is <c>Σ</c>'s and only its tails change; at <c>α = 2</c> it is the Gaussian noise itself. The dynamic scales it
/// like any gradient noise (the step adds <c>η ε</c>: SGD's reading); for the Euler step of a Lévy-driven SDE, whose
/// noise grows like <c>η^{1/α}</c>, see <see cref="Experiments.EscapeTimes.ExitNoise.Stable"/>.
/// </summary>
public sealed class SubGaussianStableNoise : INoise
{
    private readonly INoise _shape;

    /// <summary>The noise <paramref name="shape"/> with tails of index <paramref name="alpha"/> in <c>(0, 2]</c>.</summary>
    public SubGaussianStableNoise(INoise shape, double alpha)
    {
        _shape = shape ?? throw new ArgumentNullException(nameof(shape));
        Alpha = alpha is > 0 and <= 2 ? alpha : throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be in (0, 2].");
    }

    /// <summary>The tail index <c>α</c>.</summary>
    public double Alpha { get; }

    /// <inheritdoc />
    public string Name => FormattableString.Invariant($"{_shape.Name}, {Alpha}-stable");

    /// <inheritdoc />
    public NoisePreparation Prepare(NoiseContext context)
    {
        var gaussian = _shape.Prepare(context);
        return Alpha == 2 ? gaussian : gaussian with { Sampler = new Sampler(gaussian.Sampler, new PositiveStable(Alpha / 2)) };
    }

    /// <summary>Draws <c>√A · g</c>; its <see cref="INoiseSampler.Trace"/> is the Gaussian shape's (the noise itself has no variance).</summary>
    private sealed class Sampler(INoiseSampler gaussian, PositiveStable subordinator) : INoiseSampler
    {
        public int Dimension => gaussian.Dimension;

        public double Trace => gaussian.Trace;

        public void Sample(RandomStream random, Span<double> destination)
        {
            gaussian.Sample(random, destination);
            VectorKernels.Scale(Math.Sqrt(subordinator.Next(random)), destination);
        }
    }
}
