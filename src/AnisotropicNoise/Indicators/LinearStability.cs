using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// The linear stability of a minimum along the Hessian's top eigenvector <c>u₁</c> for gradient steps of size <c>η</c>
/// (the account of Wu, Ma and E 2018 of which minima SGD can stay at). Near a minimum a step maps the deviation
/// <c>δ</c> to <c>(I − η H_B) δ</c>, with <c>H_B</c> the minibatch's Hessian (<c>H</c> itself for GD). Along <c>u₁</c>,
/// GD's factor is <c>(1 − η λ₁)²</c>, at most 1 exactly when <c>λ₁ ≤ 2/η</c>; SGD's mean-square factor is
/// <c>E‖(I − η H_B) u₁‖² = (1 − η λ₁)² + η² s²</c> with the non-uniformity <c>s² = E‖(H_B − H) u₁‖²</c>. A factor above 1
/// means the minimum is linearly unstable for that dynamic (it is a lower bound on the largest mean-square growth).
/// </summary>
/// <param name="LearningRate">The step size <c>η</c>.</param>
/// <param name="TopEigenvalue"><c>λ₁</c>.</param>
/// <param name="NonUniformity">The non-uniformity <c>s</c>, with its standard error over minibatches (delta method from <c>s²</c>'s).</param>
/// <param name="GdFactor">GD's factor <c>(1 − η λ₁)²</c>.</param>
/// <param name="SgdFactor">SGD's mean-square factor <c>(1 − η λ₁)² + η² s²</c>, with its standard error.</param>
public sealed record LinearStability(double LearningRate, double TopEigenvalue, Estimate NonUniformity, double GdFactor, Estimate SgdFactor)
{
    /// <summary>
    /// The stability along <c>u₁</c> from the products <c>H_B u₁</c> of the minibatches of one pass over the
    /// examples (a partition, so that their mean is <c>H u₁</c> exactly).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two products, lengths differ, a value is not finite, or η ≤ 0.</exception>
    public static LinearStability Of(double learningRate, double topEigenvalue, IReadOnlyList<double[]> minibatchProducts)
    {
        Guard.Positive(learningRate, nameof(learningRate));
        Guard.Finite(topEigenvalue, nameof(topEigenvalue));
        ArgumentNullException.ThrowIfNull(minibatchProducts);
        if (minibatchProducts.Count < 2) throw new ArgumentException("at least two minibatches are needed.", nameof(minibatchProducts));
        int n = minibatchProducts[0].Length;
        var mean = new double[n];
        foreach (var product in minibatchProducts)
        {
            Guard.Length(product.Length, n, nameof(minibatchProducts));
            Guard.AllFinite(product, nameof(minibatchProducts));
            for (int i = 0; i < n; i++) mean[i] += product[i] / minibatchProducts.Count;
        }
        var squares = Estimate.Mean([.. minibatchProducts.Select(p => p.Select((x, i) => (x - mean[i]) * (x - mean[i])).Sum())]);
        double s = Math.Sqrt(squares.Value), eta = learningRate;
        double gd = (1 - eta * topEigenvalue) * (1 - eta * topEigenvalue);
        return new LinearStability(eta, topEigenvalue, new Estimate(s, s > 0 ? squares.StandardError / (2 * s) : double.NaN), gd,
            new Estimate(gd + eta * eta * squares.Value, eta * eta * squares.StandardError));
    }
}
