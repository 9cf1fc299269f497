using AnisotropicNoise.Landscapes;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>
/// The test oracle for <c>HalfPlaneTask.Network</c>: the paper's Fig. 4 net written out by hand, with
/// its training set as a finite-sum loss:
/// <c>f(x) = clip(Σ_j a_j relu(w_jᵀx + b_j), δ, 1 − δ)</c> with the output weights fixed
/// (<c>a_j = +1</c> for the first half of the units, <c>−1</c> for the second) and squared loss
/// <c>ℓ = (f(x) − y)²</c>. Parameters: <c>θ = (w_1, …, w_n, b_1, …, b_n)</c>, <c>D = n(p + 1)</c>.
/// </summary>
/// <remarks>
/// <c>f</c> is piecewise linear in <c>θ</c>, so away from the ReLU kinks and the clipping edges
/// <c>∇²f = 0</c> and the Hessian of the loss is exactly the Gauss–Newton matrix
/// <c>H = (2/N) Σ_i ∇f_i ∇f_iᵀ</c>; that is the Hessian this class returns.
/// </remarks>
internal sealed class ClippedReluNetwork : IFiniteSumObjective, IDenseHessian, IHessianVectorProduct
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
    public double Output(ReadOnlySpan<double> theta, int example)
    {
        CheckTheta(theta);
        Span<int> active = ActiveBuffer();
        return Evaluate(theta, CheckIndex(example), active, out _);
    }

    /// <summary>The share of examples whose output falls on the side of 1/2 that their label is on.</summary>
    public double Accuracy(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        Span<int> active = ActiveBuffer();
        int correct = 0;
        for (int i = 0; i < Count; i++)
            if ((Evaluate(theta, i, active, out _) >= 0.5) == (_labels[i] >= 0.5)) correct++;
        return (double)correct / Count;
    }

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        Span<int> active = ActiveBuffer();
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            double r = Evaluate(theta, i, active, out _) - _labels[i];
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
        Span<int> active = ActiveBuffer();
        double loss = 0;
        foreach (int i in indices)
        {
            double residual = Evaluate(theta, CheckIndex(i), active, out int activeCount) - _labels[i];
            loss += residual * residual;
            AddOutputGradient(i, active[..activeCount], 2 * residual / indices.Length, gradient);
        }
        return loss / indices.Length;
    }

    /// <inheritdoc />
    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
    {
        CheckTheta(theta);
        Guard.Length(gradients.Length, indices.Length * Dimension, nameof(gradients));
        gradients.Clear();
        Span<int> active = ActiveBuffer();
        for (int r = 0; r < indices.Length; r++)
        {
            int i = CheckIndex(indices[r]);
            double residual = Evaluate(theta, i, active, out int activeCount) - _labels[i];
            AddOutputGradient(i, active[..activeCount], 2 * residual, gradients.Slice(r * Dimension, Dimension));
        }
    }

    /// <summary>
    /// The exact Hessian of the mean loss: the Gauss–Newton matrix <c>(2/N) Σ_i ∇f_i ∇f_iᵀ</c> (see
    /// the remarks). The block of units <c>(u, v)</c> is <c>(2/N) a_u a_v Σ_i x̃_i x̃_iᵀ</c> over the
    /// unclipped examples where both units are active, <c>x̃ = (x, 1)</c>; those sums are accumulated first.
    /// </summary>
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        int n = HiddenUnits, p = InputDimension, q = p + 1, d = Dimension;
        var gram = new double[n * n * q * q]; // per unit pair (u ≤ v), Σ x̃ x̃ᵀ over co-active examples
        Span<int> active = ActiveBuffer();
        Span<double> outer = stackalloc double[q * q];
        for (int i = 0; i < Count; i++)
        {
            Evaluate(theta, i, active, out int activeCount);
            if (activeCount == 0) continue;
            var x = _inputs.AsSpan(i * p, p);
            for (int a = 0; a < q; a++)
                for (int b = 0; b < q; b++) outer[a * q + b] = (a < p ? x[a] : 1) * (b < p ? x[b] : 1);
            for (int s = 0; s < activeCount; s++)
                for (int t = s; t < activeCount; t++)
                {
                    var block = gram.AsSpan((active[s] * n + active[t]) * q * q, q * q);
                    for (int k = 0; k < block.Length; k++) block[k] += outer[k];
                }
        }
        var hessian = new double[d * d]; // column-major
        for (int u = 0; u < n; u++)
            for (int v = u; v < n; v++)
            {
                double scale = 2.0 / Count * OutputWeight(u) * OutputWeight(v);
                var block = gram.AsSpan((u * n + v) * q * q, q * q);
                for (int a = 0; a < q; a++)
                    for (int b = 0; b < q; b++)
                    {
                        double value = scale * block[a * q + b];
                        int row = ParameterIndex(u, a), column = ParameterIndex(v, b);
                        hessian[column * d + row] = value;
                        hessian[row * d + column] = value;
                    }
            }
        return Matrix<double>.Build.Dense(d, d, hessian);
    }

    /// <summary>The exact Hessian-vector product <c>(2/N) Σ_i ∇f_i (∇f_iᵀ v)</c>, without forming the Hessian.</summary>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        CheckTheta(theta);
        Guard.Length(v.Length, Dimension, nameof(v));
        Guard.Length(product.Length, Dimension, nameof(product));
        product.Clear();
        Span<int> active = ActiveBuffer();
        for (int i = 0; i < Count; i++)
        {
            Evaluate(theta, i, active, out int activeCount);
            var units = active[..activeCount];
            AddOutputGradient(i, units, 2.0 / Count * OutputGradientDot(i, units, v), product);
        }
    }

    /// <summary>The index in θ of input weight <paramref name="input"/> of unit <paramref name="unit"/>, or of its bias when <paramref name="input"/> = p.</summary>
    private int ParameterIndex(int unit, int input) =>
        input < InputDimension ? unit * InputDimension + input : HiddenUnits * InputDimension + unit;

    private Span<int> ActiveBuffer() => new int[HiddenUnits];

    /// <summary>
    /// The clipped output for one example; the units with positive pre-activation go into
    /// <paramref name="active"/>, and <paramref name="activeCount"/> is how many — zero when the output
    /// is clipped, since then <c>∇f = 0</c>.
    /// </summary>
    private double Evaluate(ReadOnlySpan<double> theta, int example, Span<int> active, out int activeCount)
    {
        int p = InputDimension, n = HiddenUnits;
        var x = _inputs.AsSpan(example * p, p);
        var biases = theta.Slice(n * p, n);
        double raw = 0;
        activeCount = 0;
        for (int j = 0; j < n; j++)
        {
            double z = biases[j];
            var w = theta.Slice(j * p, p);
            for (int c = 0; c < p; c++) z += w[c] * x[c];
            if (z <= 0) continue;
            raw += OutputWeight(j) * z;
            active[activeCount++] = j;
        }
        if (raw >= Clip && raw <= 1 - Clip) return raw;
        activeCount = 0;
        return Math.Clamp(raw, Clip, 1 - Clip);
    }

    /// <summary><c>target += scale · ∇f(x_i)</c> for an example whose active units are <paramref name="units"/>.</summary>
    private void AddOutputGradient(int example, ReadOnlySpan<int> units, double scale, Span<double> target)
    {
        int p = InputDimension, n = HiddenUnits;
        var x = _inputs.AsSpan(example * p, p);
        foreach (int j in units)
        {
            double a = OutputWeight(j) * scale;
            for (int c = 0; c < p; c++) target[j * p + c] += a * x[c];
            target[n * p + j] += a;
        }
    }

    /// <summary><c>∇f(x_i) · v</c> for an example whose active units are <paramref name="units"/>.</summary>
    private double OutputGradientDot(int example, ReadOnlySpan<int> units, ReadOnlySpan<double> v)
    {
        int p = InputDimension, n = HiddenUnits;
        var x = _inputs.AsSpan(example * p, p);
        double sum = 0;
        foreach (int j in units)
        {
            double z = v[n * p + j];
            for (int c = 0; c < p; c++) z += v[j * p + c] * x[c];
            sum += OutputWeight(j) * z;
        }
        return sum;
    }

    private void CheckTheta(ReadOnlySpan<double> theta) => Guard.Length(theta.Length, Dimension, nameof(theta));

    private int CheckIndex(int i) =>
        (uint)i < (uint)Count ? i : throw new ArgumentOutOfRangeException(nameof(i), i, $"example index must be in [0, {Count}).");
}
