using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Curvature;

/// <summary>
/// The eigenpair of largest |λ| of a symmetric operator by power iteration from a seeded random
/// start or a given one (a warm start): a fixed number of products (the paper's code uses 30), or
/// fewer once the residual <c>‖A v − λ v‖</c> falls below a tolerance relative to |λ|.
/// </summary>
public static class PowerIteration
{
    /// <summary>The paper's number of iterations for GLD 1st eigvec(H).</summary>
    public const int PaperIterations = 30;

    /// <summary>Runs at most <paramref name="iterations"/> products from a seeded random start and returns one pair (value = Rayleigh quotient).</summary>
    /// <param name="op">The symmetric operator.</param>
    /// <param name="random">Draws the start vector.</param>
    /// <param name="iterations">The largest number of products, ≥ 1.</param>
    /// <param name="tolerance">Stop early when the relative residual is at most this; 0 (the default) always runs every iteration.</param>
    public static Eigenpairs Top(ILinearOperator op, RandomStream random, int iterations = PaperIterations, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(random);
        var start = new double[op.Dimension];
        random.FillGaussian(start);
        return Top(op, start, iterations, tolerance);
    }

    /// <summary>
    /// Runs at most <paramref name="iterations"/> products from <paramref name="start"/> (a warm start:
    /// the eigenvector of a nearby operator) and returns one pair (value = Rayleigh quotient).
    /// </summary>
    /// <param name="op">The symmetric operator.</param>
    /// <param name="start">The start vector, of length <c>D</c>, not zero (any scale).</param>
    /// <param name="iterations">The largest number of products, ≥ 1.</param>
    /// <param name="tolerance">Stop as soon as the relative residual <c>‖A v − λ v‖ / |λ|</c> is at most this; 0 always runs every iteration.</param>
    public static Eigenpairs Top(ILinearOperator op, ReadOnlySpan<double> start, int iterations, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(op);
        Guard.Length(start.Length, op.Dimension, nameof(start));
        Guard.AllFinite(start, nameof(start));
        Guard.Positive(iterations, nameof(iterations));
        Guard.NonNegative(tolerance, nameof(tolerance));
        int n = op.Dimension;
        var v = start.ToArray();
        var w = new double[n];
        double startNorm = VectorKernels.NormOneAccumulator(v);
        if (!(startNorm > 0)) throw new ArgumentException("start must not be zero.", nameof(start));
        VectorKernels.Scale(1 / startNorm, v);
        double value = 0, residual = double.PositiveInfinity;
        int products = 0;
        while (products < iterations)
        {
            op.Apply(v, w);
            products++;
            value = ProductCheck.Finite(VectorKernels.DotOneAccumulator(v, w), nameof(op));
            residual = ResidualNorm(w, value, v);
            double norm = ProductCheck.Finite(VectorKernels.NormOneAccumulator(w), nameof(op));
            if (residual <= tolerance * Math.Abs(value) || norm == 0 || products == iterations) break;
            for (int i = 0; i < n; i++) v[i] = w[i] / norm;
        }
        return new Eigenpairs([value], Matrix<double>.Build.Dense(n, 1, v), products, residual);
    }

    private static double ResidualNorm(ReadOnlySpan<double> av, double value, ReadOnlySpan<double> v)
    {
        double sum = 0;
        for (int i = 0; i < v.Length; i++)
        {
            double r = av[i] - value * v[i];
            sum += r * r;
        }
        return Math.Sqrt(sum);
    }
}
