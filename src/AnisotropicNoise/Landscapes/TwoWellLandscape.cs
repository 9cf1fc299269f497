using System.Runtime.CompilerServices;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Landscapes;

/// <summary>
/// The two-dimensional landscape of the paper's Fig. 2: per example <c>x</c>,
/// <c>ℓ(w; x) = min(10 (c·a₁ − c·b₁)² + 100 (c·a₁ + c·b₁)², a₂² + b₂²)</c> with <c>c = cos π/4</c>,
/// <c>(a₁, b₁) = w − x − (1, 1)</c> and <c>(a₂, b₂) = w − x + (1, 1)</c>: a sharp well near (1, 1)
/// (Hessian eigenvalues 200 and 20, rotated 45°) and a flat one near (−1, −1) (Hessian 2I).
/// Where the two wells tie, the sharp well (the first argument of the min) is the active one; the
/// tie set is a curve of measure zero, so this only fixes which one-sided derivative is reported.
/// </summary>
public sealed class TwoWellLandscape : IFiniteSumObjective, IDenseHessian
{
    private static readonly double C = Math.Cos(Math.PI / 4);

    // The sharp well's Hessian: c²·[[220, 180], [180, 220]].
    private static readonly double SharpDiagonal = C * C * 220;
    private static readonly double SharpOffDiagonal = C * C * 180;

    private readonly double[] _data; // row-major N × 2

    /// <summary>Creates the landscape over the examples <paramref name="data"/>, row-major <c>N × 2</c> (x₁ of example 0, x₂ of example 0, …).</summary>
    /// <exception cref="ArgumentException">Empty, odd length, or a non-finite entry.</exception>
    public TwoWellLandscape(ReadOnlySpan<double> data)
    {
        if (data.Length == 0 || data.Length % 2 != 0)
            throw new ArgumentException($"data must hold N ≥ 1 points of 2 coordinates; its length is {data.Length}.", nameof(data));
        Guard.AllFinite(data, nameof(data));
        _data = data.ToArray();
    }

    /// <summary>
    /// Draws the paper's data set: <c>N</c> points <c>x = (z ⊙ (√10, 1)) K × 10⁻²</c>, <c>z ~ N(0, I₂)</c>,
    /// <c>K</c> the rotation by π/4 (row vector times <c>K</c>), and returns the landscape over them.
    /// </summary>
    public static TwoWellLandscape Generate(int count, RandomStream random)
    {
        Guard.Positive(count, nameof(count));
        ArgumentNullException.ThrowIfNull(random);
        var data = new double[2 * count];
        double sqrt10 = Math.Sqrt(10);
        double cos = Math.Cos(Math.PI / 4), sin = Math.Sin(Math.PI / 4);
        for (int i = 0; i < count; i++)
        {
            double z1 = sqrt10 * random.NextGaussian();
            double z2 = random.NextGaussian();
            // (z1, z2) · [[cos, −sin], [sin, cos]]
            data[2 * i] = (z1 * cos + z2 * sin) * 1e-2;
            data[2 * i + 1] = (-z1 * sin + z2 * cos) * 1e-2;
        }
        return new TwoWellLandscape(data);
    }

    /// <inheritdoc />
    public int Dimension => 2;

    /// <inheritdoc />
    public int Count => _data.Length / 2;

    /// <summary>The examples, row-major <c>N × 2</c>.</summary>
    public ReadOnlySpan<double> Data => _data;

    /// <summary>The loss of example <paramref name="index"/> at <paramref name="w"/>.</summary>
    public double ExampleLoss(ReadOnlySpan<double> w, int index)
    {
        Guard.Length(w.Length, 2, nameof(w));
        return Evaluate(w[0], w[1], index, out _, out _, out _);
    }

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta)
    {
        Guard.Length(theta.Length, 2, nameof(theta));
        double sum = 0;
        for (int i = 0; i < Count; i++) sum += Evaluate(theta[0], theta[1], i, out _, out _, out _);
        return sum / Count;
    }

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Guard.Length(theta.Length, 2, nameof(theta));
        Guard.Length(gradient.Length, 2, nameof(gradient));
        double loss = 0, g0 = 0, g1 = 0;
        for (int i = 0; i < Count; i++)
        {
            loss += Evaluate(theta[0], theta[1], i, out double d0, out double d1, out _);
            g0 += d0;
            g1 += d1;
        }
        gradient[0] = g0 / Count;
        gradient[1] = g1 / Count;
        return loss / Count;
    }

    /// <inheritdoc />
    public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
    {
        Guard.Length(theta.Length, 2, nameof(theta));
        Guard.Length(gradient.Length, 2, nameof(gradient));
        if (indices.Length == 0) throw new ArgumentException("indices must name at least one example.", nameof(indices));
        double loss = 0, g0 = 0, g1 = 0;
        foreach (int i in indices)
        {
            loss += Evaluate(theta[0], theta[1], CheckIndex(i), out double d0, out double d1, out _);
            g0 += d0;
            g1 += d1;
        }
        gradient[0] = g0 / indices.Length;
        gradient[1] = g1 / indices.Length;
        return loss / indices.Length;
    }

    /// <inheritdoc />
    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
    {
        Guard.Length(theta.Length, 2, nameof(theta));
        Guard.Length(gradients.Length, 2 * indices.Length, nameof(gradients));
        for (int k = 0; k < indices.Length; k++)
            Evaluate(theta[0], theta[1], CheckIndex(indices[k]), out gradients[2 * k], out gradients[2 * k + 1], out _);
    }

    /// <summary>The exact Hessian of the mean loss: each example contributes the Hessian of its active well.</summary>
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        var (h00, h01, h11) = HessianEntries(theta);
        return Matrix<double>.Build.DenseOfArray(new[,] { { h00, h01 }, { h01, h11 } });
    }

    /// <summary>The exact Hessian's entries <c>(H₀₀, H₀₁, H₁₁)</c> without forming a matrix (the hot path of the 2-D experiment).</summary>
    public (double H00, double H01, double H11) HessianEntries(ReadOnlySpan<double> theta)
    {
        Guard.Length(theta.Length, 2, nameof(theta));
        int sharp = 0;
        for (int i = 0; i < Count; i++)
        {
            Evaluate(theta[0], theta[1], i, out _, out _, out bool isSharp);
            if (isSharp) sharp++;
        }
        double fraction = (double)sharp / Count;
        double diagonal = fraction * SharpDiagonal + (1 - fraction) * 2;
        return (diagonal, fraction * SharpOffDiagonal, diagonal);
    }

    private int CheckIndex(int index) => Guard.InRange(index, 0, Count - 1, "index");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Evaluate(double w0, double w1, int index, out double g0, out double g1, out bool sharp)
    {
        double x0 = _data[2 * index], x1 = _data[2 * index + 1];
        double a1 = w0 - x0 - 1, b1 = w1 - x1 - 1;
        double a2 = w0 - x0 + 1, b2 = w1 - x1 + 1;
        double u = C * a1 - C * b1, v = C * a1 + C * b1;
        double sharpLoss = 10 * u * u + 100 * v * v;
        double flatLoss = a2 * a2 + b2 * b2;
        sharp = sharpLoss <= flatLoss;
        if (sharp)
        {
            g0 = 20 * C * u + 200 * C * v;
            g1 = -20 * C * u + 200 * C * v;
            return sharpLoss;
        }
        g0 = 2 * a2;
        g1 = 2 * b2;
        return flatLoss;
    }
}
