namespace AnisotropicNoise.Dynamics.ContinuousTime;

/// <summary>
/// The one-dimensional diffusion <c>dX = −U'(X) dt + √(2 D(X)) dW</c> (Itô, as Euler–Maruyama simulates it) with
/// <c>D &gt; 0</c>, and its exact mean first-passage times. With <c>Φ(x) = ∫ U'/D</c> the generator is
/// <c>D f'' − U' f' = D e^{Φ} (e^{−Φ} f')'</c>, so the mean time from <c>x</c> to a barrier <c>b &gt; x</c>, with the
/// far (left) side reflecting, is <c>τ(x) = ∫_x^b ∫_{−∞}^y e^{Φ(y) − Φ(z)} / D(z) dz dy</c>. At constant
/// <c>D = T</c> this is the classic <c>(1/T) ∫ e^{U/T} ∫ e^{−U/T}</c>.
/// </summary>
public sealed class ScalarDiffusion
{
    /// <summary>How far below its largest value the weight <c>e^{−Φ}/D</c> is cut off on the left (<c>e^{−50}</c>).</summary>
    private const double LeftCutoff = 50;

    private readonly Func<double, double> _slope;
    private readonly Func<double, double> _diffusion;

    /// <summary>The diffusion with drift <c>−<paramref name="slope"/>(x)</c> (<c>U'</c>) and diffusion coefficient <paramref name="diffusion"/> (<c>D</c>).</summary>
    public ScalarDiffusion(Func<double, double> slope, Func<double, double> diffusion)
    {
        _slope = slope ?? throw new ArgumentNullException(nameof(slope));
        _diffusion = diffusion ?? throw new ArgumentNullException(nameof(diffusion));
    }

    /// <summary>
    /// The exact mean time from <paramref name="start"/> to first reach <paramref name="barrier"/> &gt; start, by the
    /// trapezoidal rule with step <c>(barrier − start) / intervals</c> for <c>Φ</c> and both integrals. The inner
    /// integral runs in the scaled form <c>J(y) = ∫ e^{Φ(y) − Φ(z)}/D(z) dz</c> (no overflow at high barriers) and
    /// starts where <c>Φ</c> has risen 50 above its lowest value on the way left from <paramref name="barrier"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The barrier is not above the start, <c>D</c> is not positive or finite on the grid, or <c>e^{−Φ}/D</c> does not decay to the left within a thousand times the interval's length (the process is not confined).</exception>
    public double MeanFirstPassage(double start, double barrier, int intervals = 200_000)
    {
        Guard.Finite(start, nameof(start));
        if (!(barrier > start) || !double.IsFinite(barrier)) throw new ArgumentOutOfRangeException(nameof(barrier), barrier, "barrier must be finite and above the start.");
        Guard.InRange(intervals, 100, 100_000_000, nameof(intervals));
        double h = (barrier - start) / intervals;
        int leftSteps = StepsToCutoff(start, h, Phi(start, barrier, intervals).Min(), 1000L * intervals);
        double x = start - leftSteps * h, d = Diffusion(x), g = _slope(x) / d;
        double inner = 0, previousInner = 0, mean = 0;
        for (int i = -leftSteps + 1; i <= intervals; i++)
        {
            double xNext = start + i * h, dNext = Diffusion(xNext), gNext = _slope(xNext) / dNext;
            double rise = Math.Exp(0.5 * h * (g + gNext)); // e^{Φ(x_{i}) − Φ(x_{i−1})}
            inner = rise * inner + 0.5 * h * (rise / d + 1 / dNext);
            if (i > 0) mean += 0.5 * h * (previousInner + inner);
            previousInner = inner;
            (d, g) = (dNext, gNext);
        }
        return mean;
    }

    /// <summary>
    /// Kramers' limit of the mean time from a minimum <paramref name="minimum"/> to the barrier's top <paramref name="barrier"/>
    /// (half the mean crossing time: from the top, half the paths fall back), by Laplace's method on
    /// <see cref="MeanFirstPassage"/>: <c>π √(D(b)/D(a)) / √(U''(a) |U''(b)|) · e^{Φ(b) − Φ(a)}</c>; at constant
    /// <c>D = T</c>, <c>π / √(U''(a) |U''(b)|) · e^{ΔU/T}</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The minimum is not left of the barrier, or a curvature has the wrong sign.</exception>
    public double KramersHalfTime(double minimum, double barrier, double curvatureAtMinimum, double curvatureAtBarrier, int intervals = 200_000)
    {
        Guard.Finite(minimum, nameof(minimum));
        if (!(barrier > minimum) || !double.IsFinite(barrier)) throw new ArgumentOutOfRangeException(nameof(barrier), barrier, "barrier must be finite and right of the minimum.");
        Guard.Positive(curvatureAtMinimum, nameof(curvatureAtMinimum));
        if (!(curvatureAtBarrier < 0)) throw new ArgumentOutOfRangeException(nameof(curvatureAtBarrier), curvatureAtBarrier, "the barrier's curvature must be negative.");
        double rise = Phi(minimum, barrier, intervals)[^1];
        return Math.PI * Math.Sqrt(Diffusion(barrier) / Diffusion(minimum) / (curvatureAtMinimum * -curvatureAtBarrier)) * Math.Exp(rise);
    }

    /// <summary><c>Φ(x_i) − Φ(from)</c> on the grid <c>x_i = from + i (to − from)/intervals</c>, trapezoidal.</summary>
    private double[] Phi(double from, double to, int intervals)
    {
        double h = (to - from) / intervals;
        var phi = new double[intervals + 1];
        double g = _slope(from) / Diffusion(from);
        for (int i = 1; i <= intervals; i++)
        {
            double gNext = _slope(from + i * h) / Diffusion(from + i * h);
            phi[i] = phi[i - 1] + 0.5 * h * (g + gNext);
            g = gNext;
        }
        return phi;
    }

    /// <summary>Steps of <paramref name="h"/> left of <paramref name="start"/> until <c>Φ</c> exceeds its lowest value so far by <see cref="LeftCutoff"/>.</summary>
    private int StepsToCutoff(double start, double h, double lowest, long maxSteps)
    {
        int limit = (int)Math.Min(int.MaxValue / 2, maxSteps);
        double phi = 0, g = _slope(start) / Diffusion(start);
        for (int n = 1; n <= limit; n++)
        {
            double gNext = _slope(start - n * h) / Diffusion(start - n * h);
            phi -= 0.5 * h * (g + gNext);
            g = gNext;
            lowest = Math.Min(lowest, phi);
            if (phi - lowest > LeftCutoff) return n;
        }
        throw new ArgumentException($"e^{{−Φ}}/D does not decay left of {start}: the diffusion is not confined on that side.");
    }

    /// <summary>The diffusion coefficient <c>D(x)</c>.</summary>
    /// <exception cref="ArgumentException"><c>D(x)</c> is not positive and finite.</exception>
    public double Coefficient(double x) => Diffusion(x);

    private double Diffusion(double x)
    {
        double d = _diffusion(x);
        return d > 0 && double.IsFinite(d) ? d : throw new ArgumentException($"the diffusion coefficient must be positive and finite; D({x}) = {d}.");
    }
}
