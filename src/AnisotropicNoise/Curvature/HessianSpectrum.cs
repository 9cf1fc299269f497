using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Curvature;

/// <summary>The top eigenpairs of an objective's Hessian: the one place the Hessian-aligned noises get them from.</summary>
public static class HessianSpectrum
{
    /// <summary>
    /// The <paramref name="count"/> algebraically largest eigenpairs of <c>∇²L(θ)</c> (or, with
    /// <paramref name="selection"/>, those of largest |λ|). Objectives
    /// with a dense Hessian (<see cref="IDenseHessian"/>) are decomposed exactly, 2×2 Hessians in
    /// closed form; objectives known only by Hessian-vector products go through
    /// <see cref="Lanczos"/>, at most <paramref name="maxIterations"/> products when given (the budget
    /// for large networks). Given a budget, an objective with Hessian-vector products always goes
    /// through Lanczos, even when it could also form its dense Hessian. <paramref name="random"/> is for the iterative solver's start.
    /// </summary>
    /// <exception cref="ArgumentException">The objective offers neither a dense Hessian nor Hessian-vector products, <paramref name="theta"/> has the wrong length, or count is outside [1, D].</exception>
    public static Eigenpairs Top(
        IObjective objective, ReadOnlySpan<double> theta, int count, RandomStream random, int? maxIterations = null, EigenSelection selection = EigenSelection.Largest)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        Guard.Length(theta.Length, objective.Dimension, nameof(theta));
        Guard.InRange(count, 1, objective.Dimension, nameof(count));
        Guard.Defined(selection, nameof(selection));
        // A budget asks for the iterative path even when a dense Hessian exists: for a network that
        // offers both, the dense one costs D products and a D × D eigendecomposition.
        if (objective is IHessianVectorProduct products && (maxIterations is not null || objective is not IDenseHessian))
            return Lanczos.Top(new HessianOperator(products, theta), count, random, maxIterations: maxIterations, selection: selection);
        if (objective is not IDenseHessian dense)
        {
            throw new ArgumentException(
                $"The Hessian's eigenpairs need an objective that forms its Hessian ({nameof(IDenseHessian)}) or multiplies by it ({nameof(IHessianVectorProduct)}); {objective.GetType().Name} does neither.",
                nameof(objective));
        }
        var hessian = dense.Hessian(theta);
        if (hessian.RowCount == 2 && hessian.ColumnCount == 2 && IsFiniteSymmetric2x2(hessian[0, 0], hessian[0, 1], hessian[1, 0], hessian[1, 1]))
        {
            var pairs = DenseEigenpairs.Symmetric2x2(hessian[0, 0], hessian[0, 1], hessian[1, 1]);
            return DenseEigenpairs.Selected(pairs.Values, pairs.Vectors, count, selection);
        }
        var (values, vectors) = SymmetricEigen.Decompose(hessian, "Hessian");
        return DenseEigenpairs.Selected(values, vectors, count, selection);
    }

    // Anything else goes through SymmetricEigen, which reports what is wrong.
    private static bool IsFiniteSymmetric2x2(double a, double b, double c, double d) =>
        double.IsFinite(a) && double.IsFinite(b) && double.IsFinite(c) && double.IsFinite(d) && b == c;
}
