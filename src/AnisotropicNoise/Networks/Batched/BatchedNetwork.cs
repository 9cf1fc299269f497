using System.Collections.Concurrent;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// A <see cref="Sequential"/> network's passes over blocks of up to <see cref="MaxBatch"/> examples in single
/// precision: activations, weights and products are <c>float</c>; the loss head works in double on each example's
/// outputs, and each block's loss, gradient and products are added in double to the caller's sums.
/// </summary>
internal sealed class BatchedNetwork
{
    /// <summary>The most examples per block: a convolution's product then runs along positions × 16 examples.</summary>
    public const int MaxBatch = 16;

    private readonly BatchedLayer[] _layers;
    private readonly int[] _sizes;
    private readonly int _inputSize;
    private readonly int[] _offsets;
    private readonly LossHead _loss;
    private readonly ConcurrentBag<BatchedWorkspace> _workspaces = [];

    /// <exception cref="NotSupportedException">A layer has no batched single-precision form.</exception>
    public BatchedNetwork(Sequential network)
    {
        _layers = network.Layers.Select(Of).ToArray();
        _sizes = network.Layers.Select(l => l.OutputSize).ToArray();
        _inputSize = network.InputSize;
        _offsets = [.. Enumerable.Range(0, _layers.Length).Select(network.ParameterOffset), network.ParameterCount];
        _loss = network.Loss;
    }

    private static BatchedLayer Of(Layer layer) => layer switch
    {
        Conv2D conv => new BatchedConv2D(conv),
        Dense dense => new BatchedDense(dense),
        MaxPool2D pool => new BatchedMaxPool2D(pool),
        Relu => new BatchedRelu(),
        ZeroPad2D pad => new BatchedZeroPad2D(pad),
        _ => throw new NotSupportedException(
            $"single precision has no batched form of the layer '{layer}' ({layer.GetType().Name}); use {nameof(NetworkPrecision)}.{nameof(NetworkPrecision.Double)}."),
    };

    public BatchedWorkspace Rent() => _workspaces.TryTake(out var workspace) ? workspace : NewWorkspace();

    /// <summary>A workspace of one's own, outside the pool <see cref="Rent"/> draws on.</summary>
    public BatchedWorkspace NewWorkspace() => new(_inputSize, _sizes, _layers, _offsets[^1], _loss.Outputs);

    public void Return(BatchedWorkspace workspace) => _workspaces.Add(workspace);

    /// <summary>The summed loss of the block <paramref name="examples"/>.</summary>
    public double Loss(ReadOnlySpan<float> w, LabeledExamples data, ReadOnlySpan<int> examples, BatchedWorkspace ws)
    {
        var z = Forward(w, data, examples, ws);
        double sum = 0;
        for (int b = 0; b < examples.Length; b++) sum += _loss.Loss(Column(z, examples.Length, b, ws.Column), data.Label(examples[b]));
        return sum;
    }

    /// <summary>How many of the block's examples the network labels right.</summary>
    public int Correct(ReadOnlySpan<float> w, LabeledExamples data, ReadOnlySpan<int> examples, BatchedWorkspace ws)
    {
        var z = Forward(w, data, examples, ws);
        int correct = 0;
        for (int b = 0; b < examples.Length; b++)
            if (_loss.Predict(Column(z, examples.Length, b, ws.Column)) == data.Label(examples[b])) correct++;
        return correct;
    }

    /// <summary>Adds the block's summed gradient to <paramref name="gradient"/> and returns its summed loss.</summary>
    public double AddGradient(ReadOnlySpan<float> w, LabeledExamples data, ReadOnlySpan<int> examples, Span<double> gradient, BatchedWorkspace ws)
    {
        int batch = examples.Length;
        double loss = TopGradient(w, data, examples, ws);
        var dw = ws.WeightGradient.AsSpan();
        dw.Clear();
        for (int l = _layers.Length - 1; l >= 0; l--)
            _layers[l].Backward(Slice(w, l), In(ws, l, batch), Gradient(ws, l, batch), l == 0 ? [] : Gradient(ws, l - 1, batch),
                Slice(dw, l), batch, ws.Scratch[l]);
        FloatKernels.AddInto(dw, gradient);
        return loss;
    }

    /// <summary>
    /// Adds the block's summed products <c>∇²ℓ · v_d</c> for each row <c>v_d</c> of <paramref name="directions"/>
    /// (row-major, directions × D) to the matching rows of <paramref name="products"/>: the forward and backward
    /// passes run once, the R-passes once per direction.
    /// </summary>
    public void AddHessianVectors(ReadOnlySpan<float> w, ReadOnlySpan<float> directions, LabeledExamples data, ReadOnlySpan<int> examples,
        Span<double> products, BatchedWorkspace ws)
    {
        PrepareHessianVectors(w, data, examples, ws);
        AddPreparedHessianVectors(w, directions, data, examples, products, ws);
    }

    /// <summary>
    /// The forward and backward passes that every Hessian-vector product of the block at <paramref name="w"/> shares,
    /// left in <paramref name="ws"/>; the R-passes (<see cref="AddPreparedHessianVectors"/>) read them and change none of them.
    /// </summary>
    public void PrepareHessianVectors(ReadOnlySpan<float> w, LabeledExamples data, ReadOnlySpan<int> examples, BatchedWorkspace ws)
    {
        int batch = examples.Length;
        TopGradient(w, data, examples, ws);
        for (int l = _layers.Length - 1; l > 0; l--)
            _layers[l].Backward(Slice(w, l), In(ws, l, batch), Gradient(ws, l, batch), Gradient(ws, l - 1, batch), [], batch, ws.Scratch[l]);
    }

    /// <summary><see cref="AddHessianVectors"/> for a workspace that <see cref="PrepareHessianVectors"/> prepared for the same block and weights.</summary>
    public void AddPreparedHessianVectors(ReadOnlySpan<float> w, ReadOnlySpan<float> directions, LabeledExamples data, ReadOnlySpan<int> examples,
        Span<double> products, BatchedWorkspace ws)
    {
        int d = _offsets[^1];
        for (int row = 0; row * d < directions.Length; row++)
            AddRProduct(w, directions.Slice(row * d, d), data, examples, products.Slice(row * d, d), ws);
    }

    private void AddRProduct(ReadOnlySpan<float> w, ReadOnlySpan<float> v, LabeledExamples data, ReadOnlySpan<int> examples,
        Span<double> product, BatchedWorkspace ws)
    {
        int batch = examples.Length, last = _layers.Length - 1;
        for (int l = 0; l <= last; l++)
            _layers[l].RForward(Slice(w, l), Slice(v, l), In(ws, l, batch), l == 0 ? [] : R(ws.ROutputs, l - 1, batch),
                R(ws.ROutputs, l, batch), batch, ws.Scratch[l]);
        var z = Output(ws, last, batch);
        var rz = R(ws.ROutputs, last, batch);
        var rdz = R(ws.ROutputGradients, last, batch);
        for (int b = 0; b < batch; b++)
        {
            Column(z, batch, b, ws.Column);
            Column(rz, batch, b, ws.RColumn);
            _loss.RGradient(ws.Column, ws.RColumn, data.Label(examples[b]), ws.ColumnDerivative);
            SetColumn(ws.ColumnDerivative, rdz, batch, b);
        }
        var rdw = ws.WeightGradient.AsSpan();
        rdw.Clear();
        for (int l = last; l >= 0; l--)
            _layers[l].RBackward(Slice(w, l), Slice(v, l), In(ws, l, batch), l == 0 ? [] : R(ws.ROutputs, l - 1, batch),
                Gradient(ws, l, batch), R(ws.ROutputGradients, l, batch), l == 0 ? [] : R(ws.ROutputGradients, l - 1, batch),
                Slice(rdw, l), batch, ws.Scratch[l]);
        FloatKernels.AddInto(rdw, product);
    }

    /// <summary>The forward pass, then each example's loss gradient into the last layer's output gradient; returns the summed loss.</summary>
    private double TopGradient(ReadOnlySpan<float> w, LabeledExamples data, ReadOnlySpan<int> examples, BatchedWorkspace ws)
    {
        int batch = examples.Length;
        var z = Forward(w, data, examples, ws);
        var dz = Gradient(ws, _layers.Length - 1, batch);
        double loss = 0;
        for (int b = 0; b < batch; b++)
        {
            loss += _loss.Gradient(Column(z, batch, b, ws.Column), data.Label(examples[b]), ws.ColumnDerivative);
            SetColumn(ws.ColumnDerivative, dz, batch, b);
        }
        return loss;
    }

    private ReadOnlySpan<float> Forward(ReadOnlySpan<float> w, LabeledExamples data, ReadOnlySpan<int> examples, BatchedWorkspace ws)
    {
        int batch = examples.Length;
        if (batch < 1 || batch > MaxBatch) throw new ArgumentOutOfRangeException(nameof(examples), batch, $"a block holds 1 to {MaxBatch} examples.");
        var input = ws.Input.AsSpan(0, _inputSize * batch);
        for (int b = 0; b < batch; b++)
        {
            var features = data.Features(examples[b]);
            for (int f = 0; f < features.Length; f++) input[f * batch + b] = (float)features[f];
        }
        for (int l = 0; l < _layers.Length; l++)
            _layers[l].Forward(Slice(w, l), In(ws, l, batch), Output(ws, l, batch), batch, ws.Scratch[l]);
        return Output(ws, _layers.Length - 1, batch);
    }

    private static double[] Column(ReadOnlySpan<float> block, int batch, int b, double[] column)
    {
        for (int c = 0; c < column.Length; c++) column[c] = block[c * batch + b];
        return column;
    }

    private static void SetColumn(double[] column, Span<float> block, int batch, int b)
    {
        for (int c = 0; c < column.Length; c++) block[c * batch + b] = (float)column[c];
    }

    private Span<float> In(BatchedWorkspace ws, int layer, int batch) =>
        layer == 0 ? ws.Input.AsSpan(0, _inputSize * batch) : Output(ws, layer - 1, batch);

    private Span<float> Output(BatchedWorkspace ws, int layer, int batch) => ws.Outputs[layer].AsSpan(0, _sizes[layer] * batch);

    private Span<float> Gradient(BatchedWorkspace ws, int layer, int batch) => ws.OutputGradients[layer].AsSpan(0, _sizes[layer] * batch);

    private Span<float> R(float[][] buffers, int layer, int batch) => buffers[layer].AsSpan(0, _sizes[layer] * batch);

    private ReadOnlySpan<float> Slice(ReadOnlySpan<float> parameters, int layer) => parameters[_offsets[layer].._offsets[layer + 1]];

    private Span<float> Slice(Span<float> parameters, int layer) => parameters[_offsets[layer].._offsets[layer + 1]];
}
