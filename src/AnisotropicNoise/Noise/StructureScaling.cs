using AnisotropicNoise.Curvature;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Noise;

/// <summary>Scales a noise structure <c>S</c> to the target trace <c>T</c>: <c>N(0, T·S / Tr S)</c>.</summary>
internal static class StructureScaling
{
    /// <summary>The factor <c>T / Tr S</c>; zero when <c>T = 0</c>.</summary>
    /// <exception cref="InvalidOperationException">T &gt; 0 but the structure has no positive trace.</exception>
    public static double Factor(double target, double structureTrace, NoiseContext context, string noise)
    {
        if (target == 0) return 0;
        if (!(structureTrace > 0) || !double.IsFinite(structureTrace))
            throw new InvalidOperationException(
                $"{noise} at step {context.Step}: the noise structure has trace {structureTrace:G6}, so it cannot be scaled to the target trace {target:G6}.");
        return target / structureTrace;
    }

    /// <summary><c>N(0, T·S_k / Tr S_k)</c> for <c>S_k = Σ λ_i u_i u_iᵀ</c>, sampled through the factor with columns <c>u_i √(λ_i T / Σλ)</c>.</summary>
    /// <exception cref="InvalidOperationException">An eigenvalue is negative (the structure must be PSD), or all are zero while T &gt; 0.</exception>
    public static INoiseSampler Sampler(Eigenpairs pairs, double target, NoiseContext context, string noise)
    {
        double sum = 0;
        foreach (double value in pairs.Values)
        {
            if (value < 0)
                throw new InvalidOperationException(
                    $"{noise} at step {context.Step}: its structure has eigenvalue {value:G6} < 0, but a noise covariance must be positive semi-definite. Use fewer eigenpairs (k).");
            sum += value;
        }
        double factor = Factor(target, sum, context, noise);
        int d = pairs.Vectors.RowCount;
        if (factor == 0) return new IsotropicGaussian(d, 0);
        var columns = pairs.Vectors.ToColumnMajorArray();
        for (int j = 0; j < pairs.Count; j++)
        {
            double scale = Math.Sqrt(pairs.Values[j] * factor);
            foreach (ref double x in columns.AsSpan(j * d, d)) x *= scale;
        }
        return new FactorGaussian(Matrix<double>.Build.Dense(d, pairs.Count, columns));
    }
}
