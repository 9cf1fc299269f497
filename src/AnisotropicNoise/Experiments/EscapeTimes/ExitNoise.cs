using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// The noise that drives a first-passage simulation, per coordinate and step <c>h</c>: Gaussian,
/// <c>√(2 D(x) h) ξ</c> with <c>D(x) = T (1 + a‖x‖²)</c> evaluated where the step starts (Itô; <c>a = 0</c> is Langevin
/// at temperature <c>T</c>), or symmetric α-stable, <c>h^{1/α} σ ζ</c> with <c>ζ ~ SαS(1)</c> (the Euler scheme of
/// <c>dX = −∇U dt + σ dL^α</c>; at α = 2 and <c>σ = √T</c> it is the Gaussian case).
/// </summary>
public abstract record ExitNoise
{
    private protected ExitNoise() { }

    /// <summary>
    /// Gaussian noise of diffusion <c>D(x) = T (1 + a‖x‖²)</c>, <c>T = </c><paramref name="temperature"/>,
    /// <c>a = </c><paramref name="diffusionGrowth"/> (0: Langevin at temperature <c>T</c>).
    /// </summary>
    public static ExitNoise Gaussian(double temperature, double diffusionGrowth = 0) =>
        new GaussianExitNoise(Guard.Positive(temperature, nameof(temperature)), Guard.NonNegative(diffusionGrowth, nameof(diffusionGrowth)));

    /// <summary>α-stable noise of index <paramref name="alpha"/> and scale <paramref name="scale"/>.</summary>
    public static ExitNoise Stable(double alpha, double scale) => new StableExitNoise(new SymmetricStable(alpha, scale));

    /// <summary>The temperature <c>T = D(0)</c> of Gaussian noise; null for α-stable noise.</summary>
    public virtual double? Temperature => null;

    /// <summary>The growth <c>a</c> of Gaussian noise's diffusion <c>D(x) = T (1 + a‖x‖²)</c>; null for α-stable noise.</summary>
    public virtual double? DiffusionGrowth => null;

    /// <summary>The stability index α (2 for Gaussian noise).</summary>
    public abstract double Alpha { get; }

    /// <summary>The scale σ of the increments <c>h^{1/α} σ ζ</c>, <c>ζ ~ SαS(1)</c> (Gaussian: σ = √T, the scale at the origin).</summary>
    public abstract double Scale { get; }

    /// <summary>The diffusion coefficient <c>D(x)</c> of Gaussian noise at <paramref name="x"/>; null for α-stable noise.</summary>
    public virtual double? Diffusion(ReadOnlySpan<double> x) => null;

    /// <summary>The factor that turns one standard draw into a coordinate's increment over a step of <paramref name="step"/> from <paramref name="x"/>.</summary>
    internal abstract double StepScale(ReadOnlySpan<double> x, double step);

    /// <summary>One standard draw (Gaussian or SαS(σ)), before <see cref="StepScale"/>.</summary>
    internal abstract double Draw(RandomStream random);

    /// <summary>The variance along any direction over one step from <paramref name="x"/>, for the Brownian-bridge correction; null where there is no bridge (jumps).</summary>
    internal abstract double? BridgeVariance(ReadOnlySpan<double> x, double step);

    private sealed record GaussianExitNoise(double Value, double Growth) : ExitNoise
    {
        public override double? Temperature => Value;

        public override double? DiffusionGrowth => Growth;

        public override double Alpha => 2;

        public override double Scale => Math.Sqrt(Value);

        public override double? Diffusion(ReadOnlySpan<double> x) => DiffusionAt(x);

        internal override double StepScale(ReadOnlySpan<double> x, double step) => Math.Sqrt(2 * DiffusionAt(x) * step);

        internal override double Draw(RandomStream random) => random.NextGaussian();

        internal override double? BridgeVariance(ReadOnlySpan<double> x, double step) => 2 * DiffusionAt(x) * step;

        private double DiffusionAt(ReadOnlySpan<double> x) => Growth == 0 ? Value : Value * (1 + Growth * VectorKernels.Dot(x, x));

        public override string ToString() => Growth == 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Gaussian T = {Value}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Gaussian D = {Value}(1 + {Growth}‖x‖²)");
    }

    private sealed record StableExitNoise(SymmetricStable Law) : ExitNoise
    {
        public override double Alpha => Law.Alpha;

        public override double Scale => Law.Scale;

        internal override double StepScale(ReadOnlySpan<double> x, double step) => Math.Pow(step, 1 / Law.Alpha);

        internal override double Draw(RandomStream random) => Law.Next(random);

        internal override double? BridgeVariance(ReadOnlySpan<double> x, double step) => null;

        public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Law.Alpha}-stable σ = {Law.Scale}");
    }
}
