using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// The noise that drives a first-passage simulation, per coordinate and step <c>h</c>: Gaussian,
/// <c>√(2Th) ξ</c> (Langevin at temperature <c>T</c>), or symmetric α-stable, <c>h^{1/α} σ ζ</c> with
/// <c>ζ ~ SαS(1)</c> (the Euler scheme of <c>dX = −∇U dt + σ dL^α</c>; at α = 2 and <c>σ = √T</c> it is the Gaussian case).
/// </summary>
public abstract record ExitNoise
{
    private protected ExitNoise() { }

    /// <summary>Langevin noise at temperature <paramref name="temperature"/>.</summary>
    public static ExitNoise Gaussian(double temperature) => new GaussianExitNoise(Guard.Positive(temperature, nameof(temperature)));

    /// <summary>α-stable noise of index <paramref name="alpha"/> and scale <paramref name="scale"/>.</summary>
    public static ExitNoise Stable(double alpha, double scale) => new StableExitNoise(new SymmetricStable(alpha, scale));

    /// <summary>The temperature of Gaussian noise; null for α-stable noise.</summary>
    public virtual double? Temperature => null;

    /// <summary>The stability index α (2 for Gaussian noise).</summary>
    public abstract double Alpha { get; }

    /// <summary>The scale σ of the increments <c>h^{1/α} σ ζ</c>, <c>ζ ~ SαS(1)</c> (Gaussian: σ = √T).</summary>
    public abstract double Scale { get; }

    /// <summary>One coordinate's increment over a step of <paramref name="step"/>.</summary>
    internal abstract double Increment(RandomStream random, double step);

    /// <summary>The variance along any direction over one step, for the Brownian-bridge correction; null where there is no bridge (jumps).</summary>
    internal abstract double? BridgeVariance(double step);

    private sealed record GaussianExitNoise(double Value) : ExitNoise
    {
        public override double? Temperature => Value;

        public override double Alpha => 2;

        public override double Scale => Math.Sqrt(Value);

        internal override double Increment(RandomStream random, double step) => Math.Sqrt(2 * Value * step) * random.NextGaussian();

        internal override double? BridgeVariance(double step) => 2 * Value * step;

        public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Gaussian T = {Value}");
    }

    private sealed record StableExitNoise(SymmetricStable Law) : ExitNoise
    {
        public override double Alpha => Law.Alpha;

        public override double Scale => Law.Scale;

        internal override double Increment(RandomStream random, double step) => Math.Pow(step, 1 / Law.Alpha) * Law.Next(random);

        internal override double? BridgeVariance(double step) => null;

        public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Law.Alpha}-stable σ = {Law.Scale}");
    }
}
