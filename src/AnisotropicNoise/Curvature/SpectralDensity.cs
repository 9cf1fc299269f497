using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Curvature;

/// <summary>
/// The eigenvalue density of a symmetric <c>D × D</c> operator, <c>φ(t) = (1/D) Σ_i δ(t − λ_i)</c>, estimated by stochastic
/// Lanczos quadrature (Ghorbani, Krishnan and Xiao 2019, after Lin, Saad and Yang 2016): for each of several random
/// Rademacher probes <c>z</c>, the Gauss quadrature rule of <c>zᵀ f(A) z / D</c> from a Lanczos run; averaged over probes,
/// <c>Σ_k τ_k f(θ_k)</c> estimates <c>Tr f(A) / D</c>. Matrix-free: each probe costs one product a Lanczos step.
/// </summary>
/// <param name="Dimension">The operator's dimension <c>D</c>.</param>
/// <param name="Rules">Each probe's rule: nodes (Ritz values, decreasing) and weights (summing to 1).</param>
public sealed record SpectralDensity(int Dimension, IReadOnlyList<(double[] Nodes, double[] Weights)> Rules)
{
    /// <summary>
    /// Estimates the density of <paramref name="op"/> from <paramref name="probes"/> Rademacher probes of
    /// <paramref name="steps"/> Lanczos steps each (<c>probes · steps</c> products).
    /// </summary>
    /// <exception cref="ArgumentException">probes &lt; 1 or steps outside [1, D].</exception>
    public static SpectralDensity Of(ILinearOperator op, int probes, int steps, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(random);
        Guard.Positive(probes, nameof(probes));
        Guard.InRange(steps, 1, op.Dimension, nameof(steps));
        var z = new double[op.Dimension];
        var rules = new List<(double[], double[])>();
        for (int p = 0; p < probes; p++)
        {
            for (int i = 0; i < z.Length; i++) z[i] = (random.NextUInt64() >> 63) == 0 ? -1.0 : 1.0;
            rules.Add(Lanczos.Quadrature(op, z, steps));
        }
        return new SpectralDensity(op.Dimension, rules);
    }

    /// <summary>
    /// <c>Tr f(A) / D</c>: the mean over probes of each rule's <c>Σ_k τ_k f(θ_k)</c>, with its standard error over probes
    /// (NaN for one probe).
    /// </summary>
    public Estimate Mean(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Estimate.Mean([.. Rules.Select(r => r.Nodes.Select((node, k) => r.Weights[k] * f(node)).Sum())]);
    }

    /// <summary>The moment <c>Tr(A^power) / D</c> (for the powers below twice the steps, each probe's value is exact).</summary>
    public Estimate Moment(int power)
    {
        Guard.InRange(power, 0, int.MaxValue, nameof(power));
        return Mean(t => Math.Pow(t, power));
    }

    /// <summary>
    /// The eigenvalue below which a fraction <paramref name="p"/> of the spectrum lies: each rule's smallest node at which its
    /// cumulative weight from below reaches <paramref name="p"/>, averaged over probes, with its standard error.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">p is outside (0, 1).</exception>
    public Estimate Quantile(double p)
    {
        Guard.OpenUnitInterval(p, nameof(p));
        return Estimate.Mean([.. Rules.Select(r =>
        {
            double cumulative = 0;
            for (int k = r.Nodes.Length - 1; k >= 0; k--)
                if ((cumulative += r.Weights[k]) >= p) return r.Nodes[k];
            return r.Nodes[0];
        })]);
    }

    /// <summary>The fraction of eigenvalues above <paramref name="threshold"/> (each rule's weight on its nodes above it).</summary>
    public Estimate FractionAbove(double threshold) => Mean(t => t > threshold ? 1 : 0);

    /// <summary>
    /// The density at <paramref name="t"/>, each node broadened into a Gaussian of standard deviation
    /// <paramref name="broadening"/>: <c>(1/P) Σ_p Σ_k τ_k N(t; θ_k, σ²)</c>, integrating to 1 over <c>t</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">broadening is not positive.</exception>
    public double At(double t, double broadening)
    {
        Guard.Positive(broadening, nameof(broadening));
        double norm = 1 / (broadening * Math.Sqrt(2 * Math.PI) * Rules.Count);
        double sum = 0;
        foreach (var (nodes, weights) in Rules)
            for (int k = 0; k < nodes.Length; k++)
            {
                double u = (t - nodes[k]) / broadening;
                sum += weights[k] * Math.Exp(-0.5 * u * u);
            }
        return sum * norm;
    }

    /// <summary>The smallest and largest node over every probe: the spectrum's ends as the Lanczos runs saw them.</summary>
    public (double Low, double High) Range => (Rules.Min(r => r.Nodes.Min()), Rules.Max(r => r.Nodes.Max()));
}
