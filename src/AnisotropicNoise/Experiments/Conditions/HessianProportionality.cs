using AnisotropicNoise.Curvature;
using AnisotropicNoise.Noise;

namespace AnisotropicNoise.Experiments.Conditions;

/// <summary>
/// Xie, Sato and Sugiyama's first claim, "the stochastic gradient noise covariance is nearly proportional to the Hessian
/// and inverse to the batch size near minima", read in <c>H</c>'s top-k eigenspace: with <c>V</c> its eigenvectors and
/// <c>Λ</c> their eigenvalues, <c>S = Vᵀ Σ V</c>, the share <c>Tr S / Tr Σ</c> of the noise that lies there, the best
/// constant of <c>S ≈ (c/m) Λ</c> in the Frobenius norm, <c>c = m · Tr(SΛ) / Tr(Λ²)</c>, and the relative residual
/// <c>‖S − (c/m) Λ‖_F / ‖S‖_F</c> (0 when the claim holds exactly there; NaN when no noise lies there).
/// </summary>
/// <param name="TopShare"><c>Tr(VᵀΣV) / Tr Σ</c>.</param>
/// <param name="Constant"><c>c</c>.</param>
/// <param name="Residual">The relative residual.</param>
public sealed record HessianProportionality(double TopShare, double Constant, double Residual)
{
    /// <summary>
    /// The claim for <paramref name="sigma"/>, the covariance of a minibatch gradient of <paramref name="batchSize"/> examples
    /// (for the per-example covariance <c>C</c>, <c>batchSize</c> 1; <see cref="GradientCovariance.PerExample"/>'s
    /// factor is <c>C/N</c>: pass <c>N</c>), in the space of <paramref name="top"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The dimensions differ, the batch size is not positive, or every eigenvalue is 0.</exception>
    public static HessianProportionality Of(CovarianceFactor sigma, Eigenpairs top, double batchSize)
    {
        ArgumentNullException.ThrowIfNull(sigma);
        ArgumentNullException.ThrowIfNull(top);
        Guard.Positive(batchSize, nameof(batchSize));
        if (top.Vectors.RowCount != sigma.Dimension) throw new ArgumentException($"the eigenvectors have {top.Vectors.RowCount} entries, Σ {sigma.Dimension}.", nameof(top));
        int k = top.Count;
        var projected = new double[k, sigma.Rank]; // Vᵀ F, Σ = F Fᵀ
        var vectors = Enumerable.Range(0, k).Select(top.Vector).ToArray();
        for (int j = 0; j < sigma.Rank; j++)
        {
            var column = sigma.Column(j);
            for (int i = 0; i < k; i++) projected[i, j] = VectorKernels.Dot(vectors[i], column);
        }
        var s = new double[k, k];
        for (int a = 0; a < k; a++)
            for (int b = 0; b <= a; b++)
            {
                double sum = 0;
                for (int j = 0; j < sigma.Rank; j++) sum += projected[a, j] * projected[b, j];
                s[a, b] = s[b, a] = sum;
            }
        double traceS = 0, cross = 0, lambdaSquares = 0, sSquares = 0;
        for (int a = 0; a < k; a++)
        {
            traceS += s[a, a];
            cross += s[a, a] * top.Values[a];
            lambdaSquares += top.Values[a] * top.Values[a];
            for (int b = 0; b < k; b++) sSquares += s[a, b] * s[a, b];
        }
        if (!(lambdaSquares > 0)) throw new ArgumentException("every eigenvalue is 0: no Hessian to be proportional to.", nameof(top));
        double fit = cross / lambdaSquares;
        double residualSquares = sSquares - 2 * fit * cross + fit * fit * lambdaSquares; // ‖S − fit Λ‖²_F
        return new HessianProportionality(traceS / sigma.Trace, batchSize * fit, Math.Sqrt(Math.Max(0, residualSquares) / sSquares));
    }
}
