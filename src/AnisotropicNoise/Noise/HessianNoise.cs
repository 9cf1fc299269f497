using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Noise;

/// <summary>
/// GLD Hessian: <c>N(0, T·H_k / Tr H_k)</c>, the top-<c>k</c> eigen part of the Hessian scaled to the
/// target trace; <c>k ≥ D</c> gives the whole Hessian, which must then be positive semi-definite. With
/// <see cref="EigenSelection.LargestMagnitude"/> (the authors' <c>eigsh(H, k, which='LM')</c>) the
/// <c>k</c> eigenpairs of largest |λ|, weighted by |λ|: <c>H_k = Σ |λ_i| u_i u_iᵀ</c>.
/// </summary>
public sealed class HessianNoise : INoise
{
    /// <summary>
    /// The default relative residual (to the largest |λ| kept) at which a warm-started Lanczos stops:
    /// 10⁻³, so every Ritz value lies within 10⁻³|λ₁| of an eigenvalue. Measured with k = 20: on the
    /// stand-in's sharp minimum it stops after about 50 products instead of 60; along a slow path of a
    /// small CNN after 30 instead of about 50, with <c>H_k</c> within 0.5 % (Frobenius) of the cold solve's.
    /// </summary>
    public const double DefaultTolerance = 1e-3;

    private readonly NoiseMagnitude _magnitude;

    /// <summary>
    /// Creates the noise from the top <paramref name="count"/> Hessian eigenpairs (by
    /// <paramref name="selection"/>), scaled by <paramref name="magnitude"/>; <paramref name="maxIterations"/>
    /// caps the Lanczos products for objectives known only by Hessian-vector products (see
    /// <see cref="HessianSpectrum.Top"/>). Cold (the default): every refresh spends the whole budget
    /// from a fresh random start. Warm (<paramref name="warmStart"/>, needs <paramref name="maxIterations"/>):
    /// Lanczos starts from the sum of the previous refresh's eigenvectors (carried by the previous
    /// sampler, <see cref="NoiseContext.Previous"/>; the first refresh starts from a random vector) and
    /// stops once every kept pair's residual is below <paramref name="tolerance"/> times the largest |λ|.
    /// <paramref name="signedSumScale"/> (with <see cref="EigenSelection.LargestMagnitude"/>) sizes the noise as the
    /// authors' <c>gld_hess.py</c> does: weights <c>|λᵢ / Σ_j λⱼ|</c>, a trace <c>Σ|λ| / |Σλ|</c> times the target.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="warmStart"/> without <paramref name="maxIterations"/>, or a bound out of range.</exception>
    public HessianNoise(
        int count, NoiseMagnitude magnitude, string name = "GLD Hessian", int? maxIterations = null,
        EigenSelection selection = EigenSelection.Largest, bool warmStart = false, double tolerance = DefaultTolerance, bool signedSumScale = false)
    {
        if (signedSumScale && selection != EigenSelection.LargestMagnitude)
            throw new ArgumentException("The signed-sum scale weighs eigenpairs kept by magnitude (EigenSelection.LargestMagnitude).", nameof(signedSumScale));
        if (maxIterations is int budget) Guard.Positive(budget, nameof(maxIterations));
        if (warmStart && maxIterations is null)
            throw new ArgumentException("A warm start needs maxIterations (the most products per refresh).", nameof(warmStart));
        Guard.OpenUnitInterval(tolerance, nameof(tolerance));
        Guard.Defined(selection, nameof(selection));
        MaxIterations = maxIterations;
        Count = Guard.Positive(count, nameof(count));
        _magnitude = magnitude ?? throw new ArgumentNullException(nameof(magnitude));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Selection = selection;
        WarmStart = warmStart;
        Tolerance = tolerance;
        SignedSumScale = signedSumScale;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The number <c>k</c> of leading eigenpairs kept.</summary>
    public int Count { get; }

    /// <summary>The most Lanczos products per refresh, or <c>null</c> for the solver's default.</summary>
    public int? MaxIterations { get; }

    /// <summary>Which eigenpairs are kept: algebraically largest (the default) or of largest magnitude, weighted by |λ|.</summary>
    public EigenSelection Selection { get; }

    /// <summary>Whether each refresh starts Lanczos from the previous refresh's eigenvectors and stops on <see cref="Tolerance"/>.</summary>
    public bool WarmStart { get; }

    /// <summary>The relative residual at which a warm-started Lanczos stops (unused cold).</summary>
    public double Tolerance { get; }

    /// <summary>Whether the noise's trace is <c>Σ|λ| / |Σλ|</c> times the target, as the authors' script sizes it (else the target).</summary>
    public bool SignedSumScale { get; }

    /// <summary>Fixes the noise at the current point; the sampler is an <see cref="EigenpairSampler"/> carrying the (signed) eigenpairs.</summary>
    public NoisePreparation Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (target, gradient) = _magnitude.At(context);
        int count = Math.Min(Count, context.Objective.Dimension);
        var pairs = WarmStart
            ? Warm(context, count, MaxIterations!.Value)
            : HessianSpectrum.Top(context.Objective, context.Theta, count, context.Random, MaxIterations, Selection);
        var weights = Selection == EigenSelection.LargestMagnitude ? pairs with { Values = pairs.Values.Select(Math.Abs).ToArray() } : pairs;
        if (SignedSumScale) target *= ScriptsTraceFactor(pairs.Values);
        return new NoisePreparation(new EigenpairSampler(StructureScaling.Sampler(weights, target, context, Name), pairs), gradient);
    }

    /// <summary><c>Σ|λ| / |Σλ|</c>: how much larger than the target the script's weights <c>|λᵢ / Σ_j λⱼ|</c> make the trace.</summary>
    /// <exception cref="InvalidOperationException">The kept eigenvalues sum to zero, where the script's weights are undefined.</exception>
    public static double ScriptsTraceFactor(IReadOnlyList<double> eigenvalues)
    {
        double signed = eigenvalues.Sum(), absolute = eigenvalues.Sum(Math.Abs);
        if (signed == 0) throw new InvalidOperationException("the kept eigenvalues sum to zero: the script's weights |λᵢ / Σλ| are undefined.");
        return absolute / Math.Abs(signed);
    }

    private Eigenpairs Warm(NoiseContext context, int count, int budget)
    {
        var products = context.Objective as IHessianVectorProduct ?? throw new ArgumentException(
            $"{Name}: a warm start needs Hessian-vector products ({nameof(IHessianVectorProduct)}); {context.Objective.GetType().Name} has none.", nameof(context));
        double[]? start = EigenpairSampler.Previous(context)?.Vectors.RowSums().ToArray();
        var op = new HessianOperator(products, context.Theta);
        return Lanczos.Top(op, count, context.Random, Tolerance, Math.Min(budget, op.Dimension), Selection, start);
    }
}
