using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// Escaping efficiency <c>E[L(θ_t) − L(θ₀)]</c> from a minimum of the quadratic with Hessian <c>H</c>
/// under constant noise covariance <c>Σ</c>, started at <c>θ₀</c> (docs/science.md, Escaping efficiency and Proposition 1): the continuous-time
/// closed form <c>¼ Tr[(I − e^{−2Ht}) Σ]</c>, its Taylor terms, and the exact discrete-time sum.
/// Computed in <c>H</c>'s eigenbasis, where only the diagonal <c>u_iᵀ Σ u_i</c> matters.
/// </summary>
public static class EscapingEfficiency
{
    /// <summary><c>¼ Tr[(I − e^{−2Ht}) Σ]</c> at each of <paramref name="times"/> (each ≥ 0).</summary>
    public static double[] ClosedForm(Matrix<double> hessian, Matrix<double> covariance, ReadOnlySpan<double> times)
    {
        var (lambda, noise) = Modes(hessian, covariance, nameof(covariance));
        CheckTimes(times);
        var result = new double[times.Length];
        for (int j = 0; j < times.Length; j++)
            for (int i = 0; i < lambda.Length; i++)
                result[j] -= 0.25 * double.ExpM1(-2 * lambda[i] * times[j]) * noise[i];
        return result;
    }

    /// <summary>The first-order term <c>(t/2) Tr(HΣ)</c> at each time.</summary>
    public static double[] FirstOrder(Matrix<double> hessian, Matrix<double> covariance, ReadOnlySpan<double> times)
    {
        double first = TraceHSigma.Of(hessian, covariance);
        CheckTimes(times);
        var result = new double[times.Length];
        for (int j = 0; j < times.Length; j++) result[j] = 0.5 * times[j] * first;
        return result;
    }

    /// <summary>The second-order expansion <c>(t/2) Tr(HΣ) − (t²/2) Tr(H²Σ)</c> at each time.</summary>
    public static double[] SecondOrder(Matrix<double> hessian, Matrix<double> covariance, ReadOnlySpan<double> times)
    {
        double first = TraceHSigma.Of(hessian, covariance);
        double second = TraceHSigma.Of(hessian * hessian, covariance);
        CheckTimes(times);
        var result = new double[times.Length];
        for (int j = 0; j < times.Length; j++) result[j] = 0.5 * times[j] * first - 0.5 * times[j] * times[j] * second;
        return result;
    }

    /// <summary>
    /// The exact discrete-time value <c>½ Tr(H Σ_{k&lt;t} (I − ηH)^k Σ_step (I − ηH)^k)</c> of
    /// <c>δ_{t+1} = (I − ηH) δ_t + ε_t</c>, <c>ε_t ~ N(0, Σ_step)</c>, for <c>t = 0 … steps</c>.
    /// </summary>
    public static double[] Discrete(Matrix<double> hessian, Matrix<double> stepCovariance, double learningRate, int steps)
    {
        var (lambda, noise) = Modes(hessian, stepCovariance, nameof(stepCovariance));
        Guard.Positive(learningRate, nameof(learningRate));
        Guard.NonNegative(steps, nameof(steps));
        var result = new double[steps + 1];
        var power = new double[lambda.Length]; // (1 − ηλ_i)^{2k}
        Array.Fill(power, 1.0);
        for (int t = 1; t <= steps; t++)
        {
            double increment = 0;
            for (int i = 0; i < lambda.Length; i++)
            {
                increment += 0.5 * lambda[i] * noise[i] * power[i];
                double r = 1 - learningRate * lambda[i];
                power[i] *= r * r;
            }
            result[t] = result[t - 1] + increment;
        }
        return result;
    }

    /// <summary>H's eigenvalues and the noise along each eigenvector, <c>u_iᵀ Σ u_i</c>.</summary>
    private static (double[] Lambda, double[] Noise) Modes(Matrix<double> hessian, Matrix<double> covariance, string covarianceName)
    {
        var (lambda, u) = SymmetricEigen.Decompose(hessian, nameof(hessian));
        MatrixChecks.PositiveSemidefinite(covariance, covarianceName);
        MatrixChecks.SameDimension(hessian, covariance, nameof(hessian), covarianceName);
        var rotated = u.TransposeThisAndMultiply(covariance * u);
        return (lambda, rotated.Diagonal().ToArray());
    }

    private static void CheckTimes(ReadOnlySpan<double> times)
    {
        for (int j = 0; j < times.Length; j++) Guard.NonNegative(times[j], $"times[{j}]");
    }
}
