using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Curvature;

/// <summary>The top eigenpairs of an objective's Hessian: the one place the Hessian-aligned noises get them from.</summary>
public static class HessianSpectrum
{
    /// <summary>
    /// The <paramref name="count"/> algebraically largest eigenpairs of <c>∇²L(θ)</c>. Objectives
    /// with a dense Hessian (<see cref="IDenseHessian"/>) are decomposed exactly, 2×2 Hessians in
    /// closed form; objectives known only by Hessian-vector products go through
    /// <see cref="Lanczos"/>, at most <paramref name="maxIterations"/> products when given (the budget
    /// for large networks). <paramref name="random"/> is for the iterative solver's start.
    /// </summary>
    /// <exception cref="ArgumentException">The objective offers neither a dense Hessian nor Hessian-vector products, <paramref name="theta"/> has the wrong length, or count is outside [1, D].</exception>
    public static Eigenpairs Top(IObjective objective, ReadOnlySpan<double> theta, int count, RandomStream random, int? maxIterations = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        Guard.Length(theta.Length, objective.Dimension, nameof(theta));
        Guard.InRange(count, 1, objective.Dimension, nameof(count));
        if (objective is not IDenseHessian dense)
        {
            if (objective is IHessianVectorProduct products)
                return Lanczos.Top(new HessianOperator(products, theta), count, random, maxIterations: maxIterations);
            throw new ArgumentException(
                $"The Hessian's eigenpairs need an objective that forms its Hessian ({nameof(IDenseHessian)}) or multiplies by it ({nameof(IHessianVectorProduct)}); {objective.GetType().Name} does neither.",
                nameof(objective));
        }
        var hessian = dense.Hessian(theta);
        if (hessian.RowCount == 2 && hessian.ColumnCount == 2 && IsFiniteSymmetric2x2(hessian[0, 0], hessian[0, 1], hessian[1, 0], hessian[1, 1]))
        {
            return DenseEigenpairs.First(DenseEigenpairs.Symmetric2x2(hessian[0, 0], hessian[0, 1], hessian[1, 1]), count);
        }
        var (values, vectors) = SymmetricEigen.Decompose(hessian, "Hessian");
        return DenseEigenpairs.Leading(values, vectors, count);
    }

    // Anything else goes through SymmetricEigen, which reports what is wrong.
    private static bool IsFiniteSymmetric2x2(double a, double b, double c, double d) =>
        double.IsFinite(a) && double.IsFinite(b) && double.IsFinite(c) && double.IsFinite(d) && b == c;
}
