using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Noise;

/// <summary>GLD 1st eigvec(H): <c>ξ u₁</c>, <c>ξ ~ N(0, T)</c>: all the noise along the Hessian's top eigenvector.</summary>
public sealed class HessianEigenvectorNoise : INoise
{
    /// <summary>
    /// The default relative residual <c>‖H v − λ v‖ / |λ|</c> at which a warm-started power iteration
    /// stops: 0.01. Measured along 10 steps of GLD 1st eigvec(H) from the FashionMNIST stand-in's
    /// sharp minimum (λ₁ moving between 12 and 144), against a reference solve to 10⁻⁴: 9.0 products
    /// a refresh instead of 30, eigenvalue within 4·10⁻⁴ relative, vector within 0.05 rad (at most
    /// 0.25 % of the noise variance off the eigenvector); 0.05 took 5.1 products but strayed 0.27 rad,
    /// 0.005 took 10.9 products for 0.03 rad.
    /// </summary>
    public const double DefaultTolerance = 0.01;

    private readonly NoiseMagnitude _magnitude;

    /// <summary>
    /// Creates the noise with total variance from <paramref name="magnitude"/>. With
    /// <paramref name="powerIterations"/> the eigenvector comes from <see cref="PowerIteration"/> over
    /// Hessian-vector products; without, from <see cref="HessianSpectrum"/> (exact for dense Hessians,
    /// Lanczos otherwise). Cold (the default, the paper's scripts): exactly
    /// <paramref name="powerIterations"/> products (30 there) from a fresh random start at every refresh.
    /// Warm (<paramref name="warmStart"/>): from the previous refresh's eigenvector (carried by the
    /// previous sampler, <see cref="NoiseContext.Previous"/>; the first refresh starts from a random
    /// vector), stopping once <c>‖H v − λ v‖ ≤ <paramref name="tolerance"/>·|λ|</c>, at most
    /// <paramref name="powerIterations"/> products.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="warmStart"/> without <paramref name="powerIterations"/>, or a bound out of range.</exception>
    /// <param name="magnitude">The noise's total variance.</param>
    /// <param name="name">The name in tables and charts.</param>
    /// <param name="powerIterations">The products per refresh (warm: the most).</param>
    /// <param name="warmStart">Start each refresh from the previous refresh's eigenvector and stop on <paramref name="tolerance"/>.</param>
    /// <param name="tolerance">The relative residual at which a warm solve stops.</param>
    /// <param name="warmSolver">What iterates a warm solve: power iteration (the default), or Lanczos from the same start, checked after every product.</param>
    /// <param name="start">The random start of a cold solve and of a warm run's first: Gaussian (the default) or the scripts' uniform.</param>
    public HessianEigenvectorNoise(
        NoiseMagnitude magnitude, string name = "GLD 1st eigvec(H)", int? powerIterations = null, bool warmStart = false, double tolerance = DefaultTolerance,
        WarmEigenSolver warmSolver = WarmEigenSolver.PowerIteration, EigenvectorStart start = EigenvectorStart.Gaussian)
    {
        _magnitude = magnitude ?? throw new ArgumentNullException(nameof(magnitude));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        if (powerIterations is int iterations) Guard.Positive(iterations, nameof(powerIterations));
        if (warmStart && powerIterations is null)
            throw new ArgumentException("A warm start needs powerIterations (the most products per refresh).", nameof(warmStart));
        Guard.OpenUnitInterval(tolerance, nameof(tolerance));
        Guard.Defined(warmSolver, nameof(warmSolver));
        Guard.Defined(start, nameof(start));
        if (start != EigenvectorStart.Gaussian && powerIterations is null)
            throw new ArgumentException("A start distribution needs powerIterations (the exact spectrum draws no start).", nameof(start));
        PowerIterations = powerIterations;
        Start = start;
        WarmStart = warmStart;
        Tolerance = tolerance;
        WarmSolver = warmSolver;
    }

    /// <summary>The random start of a cold solve and of a warm run's first.</summary>
    public EigenvectorStart Start { get; }

    /// <summary>What iterates a warm solve (unused cold).</summary>
    public WarmEigenSolver WarmSolver { get; }

    /// <summary>The number of power-iteration steps (warm: the most), or <c>null</c> when the eigenvector comes from <see cref="HessianSpectrum"/>.</summary>
    public int? PowerIterations { get; }

    /// <summary>Whether each refresh starts from the previous refresh's eigenvector and stops on <see cref="Tolerance"/>.</summary>
    public bool WarmStart { get; }

    /// <summary>The relative residual at which a warm-started power iteration stops (unused cold).</summary>
    public double Tolerance { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Fixes the noise at the current point; the sampler is an <see cref="EigenpairSampler"/> carrying the eigenvector.</summary>
    public NoisePreparation Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (trace, gradient) = _magnitude.At(context);
        double std = Math.Sqrt(trace);
        var top = PowerIterations is int iterations ? ByPowerIteration(context, iterations) : HessianSpectrum.Top(context.Objective, context.Theta, 1, context.Random);
        var column = top.Vector(0);
        for (int i = 0; i < column.Length; i++) column[i] *= std;
        return new NoisePreparation(new EigenpairSampler(new FactorGaussian(Matrix<double>.Build.Dense(column.Length, 1, column)), top), gradient);
    }

    private Eigenpairs ByPowerIteration(NoiseContext context, int iterations)
    {
        var op = new HessianOperator(HessianProducts(context), context.Theta);
        double[]? uniform = Start == EigenvectorStart.Uniform ? UniformStart(context.Random, op.Dimension) : null;
        if (!WarmStart) return uniform is null ? PowerIteration.Top(op, context.Random, iterations) : PowerIteration.Top(op, uniform, iterations, 0);
        double[]? start = EigenpairSampler.Previous(context)?.Vector(0) ?? uniform;
        if (WarmSolver == WarmEigenSolver.Lanczos)
            return Lanczos.Top(op, 1, context.Random, Tolerance, Math.Min(iterations, op.Dimension), EigenSelection.LargestMagnitude, start, checkEvery: 1);
        return start is not null
            ? PowerIteration.Top(op, start, iterations, Tolerance)
            : PowerIteration.Top(op, context.Random, iterations, Tolerance);
    }

    // Drawn at every refresh, used or not, so that the stream's use does not depend on whether a previous vector exists.
    private static double[] UniformStart(RandomStream random, int dimension)
    {
        var start = new double[dimension];
        for (int i = 0; i < dimension; i++) start[i] = random.NextDouble();
        return start;
    }

    private IHessianVectorProduct HessianProducts(NoiseContext context) =>
        context.Objective as IHessianVectorProduct ?? throw new ArgumentException(
            $"{Name}: power iteration needs Hessian-vector products ({nameof(IHessianVectorProduct)}); {context.Objective.GetType().Name} has none.", nameof(context));
}
