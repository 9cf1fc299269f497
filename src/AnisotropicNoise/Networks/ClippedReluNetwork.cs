using AnisotropicNoise.Landscapes;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Networks;

/// <summary>
/// The one-hidden-layer network of the paper's Fig. 4 with its training set as a finite-sum loss:
/// <c>f(x) = clip(Σ_j a_j relu(w_jᵀx + b_j), δ, 1 − δ)</c> with the output weights fixed
/// (<c>a_j = +1</c> for the first half of the units, <c>−1</c> for the second) and squared loss
/// <c>ℓ = (f(x) − y)²</c>. Parameters: <c>θ = (w_1, …, w_n, b_1, …, b_n)</c>, <c>D = n(p + 1)</c>.
/// </summary>
/// <remarks>
/// <c>f</c> is piecewise linear in <c>θ</c>, so away from the ReLU kinks and the clipping edges
/// <c>∇²f = 0</c> and the Hessian of the loss is exactly the Gauss–Newton matrix
/// <c>H = (2/N) Σ_i ∇f_i ∇f_iᵀ</c>; that is the Hessian this class returns.
/// </remarks>
public sealed class ClippedReluNetwork : IFiniteSumObjective, IDenseHessian, IHessianVectorProduct
{
    private readonly double[] _inputs; // N × p, row-major
    private readonly double[] _labels;
    private readonly int[] _allExamples;

    /// <summary>Creates the loss of a network with <paramref name="hiddenUnits"/> units (even, ≥ 2) on the given examples.</summary>
    /// <param name="inputs">The inputs, <c>N × p</c>, row-major.</param>
    /// <param name="labels">The targets <c>y_i</c>, one per input row.</param>
    /// <param name="inputDimension">The input size <c>p</c>.</param>
    /// <param name="hiddenUnits">The number of hidden units <c>n</c>.</param>
    /// <param name="clip">The clipping margin <c>δ</c> in <c>[0, 1/2)</c>.</param>
    public ClippedReluNetwork(double[] inputs, double[] labels, int inputDimension, int hiddenUnits, double clip = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        Guard.Positive(inputDimension, nameof(inputDimension));
        if (hiddenUnits < 2 || hiddenUnits % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(hiddenUnits), hiddenUnits, "hiddenUnits must be even and ≥ 2 (half +1, half −1 output weights).");
        if (!(clip >= 0 && clip < 0.5)) throw new ArgumentOutOfRangeException(nameof(clip), clip, "clip must be in [0, 0.5).");
        if (labels.Length == 0) throw new ArgumentException("labels must not be empty.", nameof(labels));
        Guard.Length(inputs.Length, labels.Length * inputDimension, nameof(inputs));
        Guard.AllFinite(inputs, nameof(inputs));
        Guard.AllFinite(labels, nameof(labels));
        _inputs = (double[])inputs.Clone();
        _labels = (double[])labels.Clone();
        _allExamples = Enumerable.Range(0, labels.Length).ToArray();
        InputDimension = inputDimension;
        HiddenUnits = hiddenUnits;
        Clip = clip;
    }

    /// <summary>The input size <c>p</c>.</summary>
    public int InputDimension { get; }

    /// <summary>The number of hidden units <c>n</c>.</summary>
    public int HiddenUnits { get; }

    /// <summary>The clipping margin <c>δ</c>.</summary>
    public double Clip { get; }

    /// <inheritdoc />
    public int Dimension => HiddenUnits * (InputDimension + 1);

    /// <inheritdoc />
    public int Count => _labels.Length;

    /// <summary>The output weight of hidden unit <paramref name="unit"/>: +1 for the first half, −1 for the second.</summary>
    public double OutputWeight(int unit) => unit < HiddenUnits / 2 ? 1.0 : -1.0;

    /// <summary>The clipped output <c>f(x_i)</c> for example <paramref name="example"/>.</summary>
    public double Output(ReadOnlySpan<double> theta, int example) => Forward(theta, example, default);

    /// <summary>The share of examples whose output falls on the side of 1/2 that their label is on.</summary>
    public double Accuracy(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        int correct = 0;
        for (int i = 0; i < Count; i++)
            if ((Forward(theta, i, default) >= 0.5) == (_labels[i] >= 0.5)) correct++;
        return (double)correct / Count;
    }

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            double r = Forward(theta, i, default) - _labels[i];
            sum += r * r;
        }
        return sum / Count;
    }

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) =>
        BatchGradient(theta, _allExamples, gradient);

    /// <inheritdoc />
    public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
    {
        CheckTheta(theta);
        Guard.Length(gradient.Length, Dimension, nameof(gradient));
        if (indices.Length == 0) throw new ArgumentException("indices must not be empty.", nameof(indices));
        gradient.Clear();
        var jacobian = new double[Dimension];
        double loss = 0;
        foreach (int i in indices)
        {
            double residual = Forward(theta, CheckIndex(i), jacobian) - _labels[i];
            loss += residual * residual;
            double scale = 2 * residual / indices.Length;
            for (int k = 0; k < jacobian.Length; k++) gradient[k] += scale * jacobian[k];
        }
        return loss / indices.Length;
    }

    /// <inheritdoc />
    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
    {
        CheckTheta(theta);
        Guard.Length(gradients.Length, indices.Length * Dimension, nameof(gradients));
        for (int r = 0; r < indices.Length; r++)
        {
            var row = gradients.Slice(r * Dimension, Dimension);
            double residual = Forward(theta, CheckIndex(indices[r]), row) - _labels[indices[r]];
            for (int k = 0; k < row.Length; k++) row[k] *= 2 * residual;
        }
    }

    /// <summary>The Jacobian of the outputs, <c>J_ik = ∂f(x_i)/∂θ_k</c>, an <c>N × D</c> matrix.</summary>
    public Matrix<double> OutputJacobian(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        var rows = new double[Count * Dimension];
        for (int i = 0; i < Count; i++) Forward(theta, i, rows.AsSpan(i * Dimension, Dimension));
        return Matrix<double>.Build.Dense(Dimension, Count, rows).Transpose();
    }

    /// <summary>The exact Hessian of the mean loss: the Gauss–Newton matrix <c>(2/N) JᵀJ</c> (see the remarks).</summary>
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        int d = Dimension;
        var hessian = new double[d * d]; // column-major; only the upper triangle is accumulated
        var jacobian = new double[d];
        var support = new int[d];
        for (int i = 0; i < Count; i++)
        {
            Forward(theta, i, jacobian);
            // A row of J is zero outside the active units' weights and biases: accumulate over its support only.
            int nonzero = 0;
            for (int k = 0; k < d; k++)
                if (jacobian[k] != 0) support[nonzero++] = k;
            for (int b = 0; b < nonzero; b++)
            {
                int column = support[b];
                double scaled = jacobian[column] * (2.0 / Count);
                var target = hessian.AsSpan(column * d);
                for (int a = 0; a <= b; a++) target[support[a]] += scaled * jacobian[support[a]];
            }
        }
        for (int c = 0; c < d; c++)
            for (int r = c + 1; r < d; r++) hessian[c * d + r] = hessian[r * d + c];
        return Matrix<double>.Build.Dense(d, d, hessian);
    }

    /// <summary>The exact Hessian-vector product <c>(2/N) Jᵀ(J v)</c>, without forming the Hessian.</summary>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        CheckTheta(theta);
        Guard.Length(v.Length, Dimension, nameof(v));
        Guard.Length(product.Length, Dimension, nameof(product));
        product.Clear();
        var jacobian = new double[Dimension];
        for (int i = 0; i < Count; i++)
        {
            Forward(theta, i, jacobian);
            double jv = 0;
            for (int k = 0; k < jacobian.Length; k++) jv += jacobian[k] * v[k];
            double scale = 2 * jv / Count;
            for (int k = 0; k < jacobian.Length; k++) product[k] += scale * jacobian[k];
        }
    }

    /// <summary>
    /// Returns the clipped output for one example and, when <paramref name="jacobian"/> is not empty,
    /// writes <c>∂f/∂θ</c> into it (zero where the output is clipped or a unit is inactive).
    /// </summary>
    private double Forward(ReadOnlySpan<double> theta, int example, Span<double> jacobian)
    {
        int p = InputDimension, n = HiddenUnits;
        var x = _inputs.AsSpan(example * p, p);
        var weights = theta[..(n * p)];
        var biases = theta.Slice(n * p, n);
        bool wantJacobian = !jacobian.IsEmpty;
        if (wantJacobian) jacobian.Clear();
        double raw = 0;
        for (int j = 0; j < n; j++)
        {
            double z = biases[j];
            for (int c = 0; c < p; c++) z += weights[j * p + c] * x[c];
            if (z <= 0) continue;
            double a = OutputWeight(j);
            raw += a * z;
            if (!wantJacobian) continue;
            for (int c = 0; c < p; c++) jacobian[j * p + c] = a * x[c];
            jacobian[n * p + j] = a;
        }
        double low = Clip, high = 1 - Clip;
        if (raw < low || raw > high)
        {
            if (wantJacobian) jacobian.Clear();
            return Math.Clamp(raw, low, high);
        }
        return raw;
    }

    private void CheckTheta(ReadOnlySpan<double> theta) => Guard.Length(theta.Length, Dimension, nameof(theta));

    private int CheckIndex(int i) =>
        (uint)i < (uint)Count ? i : throw new ArgumentOutOfRangeException(nameof(i), i, $"example index must be in [0, {Count}).");
}
