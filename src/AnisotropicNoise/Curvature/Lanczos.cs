using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Curvature;

/// <summary>
/// The top-<c>k</c> eigenpairs (largest algebraically, or of largest magnitude) of a symmetric operator
/// by the Lanczos method with full reorthogonalization, from a seeded random start (or a given one: a
/// warm start from a nearby operator's eigenvectors), stopping when every wanted
/// Ritz pair's residual <c>‖A y − θ y‖</c> is below the tolerance relative to the largest |θ|.
/// </summary>
public static class Lanczos
{
    /// <summary>Finds the <paramref name="k"/> largest (or largest-magnitude) eigenpairs of <paramref name="op"/>.</summary>
    /// <param name="op">The symmetric operator.</param>
    /// <param name="k">How many pairs, in <c>[1, D]</c>.</param>
    /// <param name="random">Draws the start vector (and restarts after an invariant subspace is found).</param>
    /// <param name="tolerance">Relative residual at which a Ritz pair counts as converged, in <c>(0, 1)</c>.</param>
    /// <param name="maxIterations">Largest Krylov dimension, in <c>[k, D]</c>; <c>null</c> means <c>D</c> (then the result is exact up to rounding).</param>
    /// <param name="selection">Which <paramref name="k"/> Ritz pairs are wanted: algebraically largest (the default) or of largest |θ|.</param>
    /// <param name="start">The first Krylov vector (length <c>D</c>, any scale, not zero); <c>null</c> draws it from <paramref name="random"/>.</param>
    /// <param name="checkEvery">Products between convergence checks once there are <paramref name="k"/> (each check solves an <c>m × m</c> tridiagonal problem); 1 for a warm start that may converge at once.</param>
    /// <returns>The pairs, eigenvalues decreasing, with the largest residual reached in <see cref="Eigenpairs.Residual"/>.</returns>
    public static Eigenpairs Top(
        ILinearOperator op, int k, RandomStream random, double tolerance = 1e-10, int? maxIterations = null,
        EigenSelection selection = EigenSelection.Largest, double[]? start = null, int checkEvery = 5)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(random);
        int n = op.Dimension;
        Guard.InRange(k, 1, n, nameof(k));
        Guard.OpenUnitInterval(tolerance, nameof(tolerance));
        int limit = Guard.InRange(maxIterations ?? n, k, n, nameof(maxIterations));
        Guard.Defined(selection, nameof(selection));
        Guard.Positive(checkEvery, nameof(checkEvery));

        var basis = new List<double[]>();
        var alpha = new List<double>();
        var beta = new List<double>(); // beta[j] couples basis[j] and basis[j + 1]
        var w = new double[n];
        var q = start is null ? StartVector(basis, n, random) ?? throw new InvalidOperationException("Could not draw a start vector.") : Normalized(start, n);
        double scale = 0;
        while (true)
        {
            double norm = Extend(op, q, basis, alpha, w, ref scale);
            int m = basis.Count;
            bool breakdown = norm <= 1e-12 * scale;
            // At a breakdown the Krylov space is invariant and every Ritz residual is zero, yet larger
            // eigenvalues (or more copies of a repeated one) may lie in its complement: restart first.
            bool check = m == limit || (!breakdown && m >= k && (m - k) % checkEvery == 0);
            if (check)
            {
                var ritz = RitzPairs(alpha, beta, k, norm, selection);
                if (m == limit || ritz.Residual <= tolerance * Math.Max(Math.Abs(ritz.Values[0]), Math.Abs(ritz.Values[^1])))
                    return Assemble(ritz, basis, n, m);
            }
            double[]? next;
            if (!breakdown)
            {
                VectorKernels.Scale(1 / norm, w);
                next = (double[])w.Clone();
            }
            else
            {
                norm = 0; // continue in the complement of the invariant subspace from a fresh random vector
                next = StartVector(basis, n, random);
                if (next is null) return Assemble(RitzPairs(alpha, beta, k, 0, selection), basis, n, m);
            }
            beta.Add(norm);
            q = next;
        }
    }

    /// <summary>
    /// The Gauss quadrature rule of <paramref name="op"/>'s spectral measure seen from <paramref name="start"/>: the
    /// eigenvalues <c>θ_k</c> of the <paramref name="steps"/>-step Lanczos tridiagonal matrix (full reorthogonalization)
    /// and weights <c>τ_k</c>, the squared first components of its eigenvectors (summing to 1), so that
    /// <c>Σ_k τ_k f(θ_k) ≈ qᵀ f(A) q</c> for <c>q = start/‖start‖</c>, exactly for polynomials of degree below <c>2 · steps</c>.
    /// Fewer nodes when the Krylov space closes earlier (then exact for every polynomial).
    /// </summary>
    /// <exception cref="ArgumentException">steps is outside [1, D], or start has the wrong length, is zero or not finite.</exception>
    public static (double[] Nodes, double[] Weights) Quadrature(ILinearOperator op, ReadOnlySpan<double> start, int steps)
    {
        ArgumentNullException.ThrowIfNull(op);
        int n = op.Dimension;
        Guard.InRange(steps, 1, n, nameof(steps));
        var basis = new List<double[]>();
        var alpha = new List<double>();
        var beta = new List<double>();
        var w = new double[n];
        var q = Normalized(start.ToArray(), n);
        double scale = 0;
        while (true)
        {
            double norm = Extend(op, q, basis, alpha, w, ref scale);
            if (basis.Count == steps || norm <= 1e-12 * scale) break;
            beta.Add(norm);
            VectorKernels.Scale(1 / norm, w);
            q = (double[])w.Clone();
        }
        var (values, vectors) = SymmetricEigen.Decompose(Tridiagonal(alpha, beta), "tridiagonal");
        return ([.. values], [.. Enumerable.Range(0, values.Length).Select(i => vectors[0, i] * vectors[0, i])]);
    }

    private sealed record Ritz(double[] Values, Matrix<double> Coefficients, double Residual);

    /// <summary>
    /// One Lanczos step: appends <paramref name="q"/> to the basis and <c>qᵀAq</c> to <paramref name="alpha"/>, leaves in
    /// <paramref name="w"/> the part of <c>A q</c> orthogonal to the basis, and returns its norm (the next <c>β</c>);
    /// <paramref name="scale"/> tracks the largest <c>|α| + β</c>, the yardstick of a breakdown.
    /// </summary>
    private static double Extend(ILinearOperator op, double[] q, List<double[]> basis, List<double> alpha, double[] w, ref double scale)
    {
        basis.Add(q);
        op.Apply(q, w);
        alpha.Add(ProductCheck.Finite(VectorKernels.DotOneAccumulator(q, w), nameof(op)));
        Orthogonalize(w, basis);
        Orthogonalize(w, basis); // twice is enough to keep the basis orthonormal to rounding
        double norm = ProductCheck.Finite(VectorKernels.NormOneAccumulator(w), nameof(op));
        scale = Math.Max(scale, Math.Abs(alpha[^1]) + norm);
        return norm;
    }

    private static Matrix<double> Tridiagonal(List<double> alpha, List<double> beta)
    {
        int m = alpha.Count;
        var t = Matrix<double>.Build.Dense(m, m);
        for (int i = 0; i < m; i++)
        {
            t[i, i] = alpha[i];
            if (i + 1 < m) t[i, i + 1] = t[i + 1, i] = beta[i];
        }
        return t;
    }

    private static Ritz RitzPairs(List<double> alpha, List<double> beta, int k, double lastBeta, EigenSelection selection)
    {
        int m = alpha.Count;
        var (values, vectors) = SymmetricEigen.Decompose(Tridiagonal(alpha, beta), "tridiagonal");
        var wanted = selection.Pick(values, Math.Min(k, m));
        double residual = 0;
        foreach (int i in wanted) residual = Math.Max(residual, Math.Abs(lastBeta * vectors[m - 1, i]));
        var coefficients = Matrix<double>.Build.Dense(m, wanted.Length);
        for (int j = 0; j < wanted.Length; j++) coefficients.SetColumn(j, vectors.Column(wanted[j]));
        return new Ritz(wanted.Select(i => values[i]).ToArray(), coefficients, residual);
    }

    private static Eigenpairs Assemble(Ritz ritz, List<double[]> basis, int n, int products)
    {
        int k = ritz.Values.Length;
        var vectors = Matrix<double>.Build.Dense(n, k);
        var column = new double[n];
        for (int i = 0; i < k; i++)
        {
            Array.Clear(column);
            for (int j = 0; j < basis.Count; j++) VectorKernels.AddScaledUnfused(ritz.Coefficients[j, i], basis[j], column);
            VectorKernels.Scale(1 / VectorKernels.NormOneAccumulator(column), column);
            vectors.SetColumn(i, column);
        }
        return new Eigenpairs(ritz.Values, vectors, products, ritz.Residual);
    }

    /// <summary>A random unit vector orthogonal to <paramref name="basis"/>, or null when the basis spans the space.</summary>
    private static double[]? StartVector(List<double[]> basis, int n, RandomStream random)
    {
        if (basis.Count >= n) return null;
        var v = new double[n];
        random.FillGaussian(v);
        double before = VectorKernels.NormOneAccumulator(v);
        Orthogonalize(v, basis);
        Orthogonalize(v, basis);
        double norm = VectorKernels.NormOneAccumulator(v);
        if (norm <= 1e-10 * before) return null;
        VectorKernels.Scale(1 / norm, v);
        return v;
    }

    private static double[] Normalized(double[] start, int n)
    {
        Guard.Length(start.Length, n, nameof(start));
        Guard.AllFinite(start, nameof(start));
        double norm = VectorKernels.NormOneAccumulator(start);
        if (!(norm > 0)) throw new ArgumentException("start must not be zero.", nameof(start));
        var q = (double[])start.Clone();
        VectorKernels.Scale(1 / norm, q);
        return q;
    }

    private static void Orthogonalize(Span<double> w, List<double[]> basis)
    {
        foreach (var b in basis) VectorKernels.AddScaledUnfused(-VectorKernels.DotOneAccumulator(b, w), b, w);
    }
}
