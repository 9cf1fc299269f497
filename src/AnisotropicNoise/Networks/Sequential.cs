using System.Collections.Concurrent;
using System.Text;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// A feed-forward network: layers applied in order, then a per-example loss. Its parameters are
/// one flat vector, each layer owning a contiguous slice in layer order. The per-example passes
/// (loss, gradient, Hessian-vector product) run on pooled workspaces, so they allocate nothing
/// per example and can run on several threads at once.
/// </summary>
public sealed class Sequential
{
    private readonly Layer[] _layers;
    private readonly int[] _offsets;
    private readonly ConcurrentBag<NetworkWorkspace> _workspaces = [];

    /// <summary>Chains <paramref name="layers"/> (each output size must equal the next input size) and ends with <paramref name="loss"/>.</summary>
    public Sequential(IEnumerable<Layer> layers, LossHead loss)
    {
        ArgumentNullException.ThrowIfNull(layers);
        Loss = loss ?? throw new ArgumentNullException(nameof(loss));
        _layers = layers.ToArray();
        if (_layers.Length == 0) throw new ArgumentException("layers must hold at least one layer.", nameof(layers));
        for (int l = 1; l < _layers.Length; l++)
            if (_layers[l - 1].OutputSize != _layers[l].InputSize)
                throw new ArgumentException($"layers[{l - 1}] ({_layers[l - 1]}) gives {_layers[l - 1].OutputSize} outputs but layers[{l}] ({_layers[l]}) takes {_layers[l].InputSize}.", nameof(layers));
        if (_layers[^1].OutputSize != loss.Outputs)
            throw new ArgumentException($"the last layer gives {_layers[^1].OutputSize} outputs but the loss reads {loss.Outputs}.", nameof(loss));
        _offsets = new int[_layers.Length + 1];
        for (int l = 0; l < _layers.Length; l++) _offsets[l + 1] = checked(_offsets[l] + _layers[l].ParameterCount);
    }

    /// <summary>The layers, input to output.</summary>
    public IReadOnlyList<Layer> Layers => _layers;

    /// <summary>The per-example loss on the last layer's outputs.</summary>
    public LossHead Loss { get; }

    /// <summary>The length <c>D</c> of the flat parameter vector.</summary>
    public int ParameterCount => _offsets[^1];

    /// <summary>The number of inputs per example.</summary>
    public int InputSize => _layers[0].InputSize;

    /// <summary>Floating-point operations of one forward pass for one example.</summary>
    public long ForwardFlops => _layers.Sum(l => l.ForwardFlops);

    /// <summary>Where layer <paramref name="layer"/>'s parameters start in the flat vector.</summary>
    public int ParameterOffset(int layer) => _offsets[Guard.InRange(layer, 0, _layers.Length - 1, nameof(layer))];

    /// <summary>A fresh parameter vector: each layer initialized in order from one stream seeded with <paramref name="seed"/>.</summary>
    public double[] InitializeParameters(long seed)
    {
        var random = new RandomStream(seed);
        var theta = new double[ParameterCount];
        for (int l = 0; l < _layers.Length; l++) _layers[l].Initialize(Slice(theta.AsSpan(), l), random);
        return theta;
    }

    /// <summary>One line per layer with its parameter count, then the loss and the total.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var layer in _layers) text.AppendLine($"{layer,-24} {layer.ParameterCount,8:N0} parameters");
        text.AppendLine(Loss.ToString());
        text.Append($"total {ParameterCount:N0} parameters");
        return text.ToString();
    }

    internal NetworkWorkspace RentWorkspace() => _workspaces.TryTake(out var workspace) ? workspace : new NetworkWorkspace(_layers);

    internal void ReturnWorkspace(NetworkWorkspace workspace) => _workspaces.Add(workspace);

    /// <summary>The loss of one example.</summary>
    internal double ExampleLoss(ReadOnlySpan<double> theta, ReadOnlySpan<double> x, int label, NetworkWorkspace ws) =>
        Loss.Loss(Forward(theta, x, ws), label);

    /// <summary>The label the network predicts for one example.</summary>
    internal int Predict(ReadOnlySpan<double> theta, ReadOnlySpan<double> x, NetworkWorkspace ws) => Loss.Predict(Forward(theta, x, ws));

    /// <summary>Adds one example's gradient to <paramref name="gradient"/> and returns its loss.</summary>
    internal double AddExampleGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> x, int label, Span<double> gradient, NetworkWorkspace ws)
    {
        double loss = Loss.Gradient(Forward(theta, x, ws), label, ws.OutputGradients[^1]);
        for (int l = _layers.Length - 1; l >= 0; l--)
            _layers[l].Backward(Slice(theta, l), LayerInput(x, ws, l), ws.OutputGradients[l],
                l == 0 ? [] : ws.OutputGradients[l - 1], Slice(gradient, l), ws.Scratch[l]);
        return loss;
    }

    /// <summary>
    /// Adds one example's products <c>∇²ℓ · v_b</c> for a block of directions (row-major, B × D in
    /// <paramref name="directions"/>) to the matching rows of <paramref name="products"/>: the forward
    /// and backward passes, which do not depend on the direction, run once; then the R-forward and
    /// R-backward passes once per direction (Pearlmutter's R-operator).
    /// </summary>
    internal void AddExampleHessianVectors(ReadOnlySpan<double> theta, ReadOnlySpan<double> directions, ReadOnlySpan<double> x, int label,
        Span<double> products, NetworkWorkspace ws)
    {
        var z = Forward(theta, x, ws);
        Loss.Gradient(z, label, ws.OutputGradients[^1]);
        for (int l = _layers.Length - 1; l > 0; l--)
            _layers[l].Backward(Slice(theta, l), LayerInput(x, ws, l), ws.OutputGradients[l], ws.OutputGradients[l - 1], [], ws.Scratch[l]);
        int d = ParameterCount;
        for (int b = 0; b * d < directions.Length; b++)
            AddRProduct(theta, directions.Slice(b * d, d), x, label, z, products.Slice(b * d, d), ws);
    }

    /// <summary>
    /// True when at most one layer has parameters. Every layer is piecewise linear in its input (affine
    /// maps, ReLU, max-pooling, fixed linear maps), so the outputs are then piecewise linear in θ, their
    /// second derivatives vanish wherever they exist, and the Hessian of the loss is exactly its
    /// Gauss–Newton part (<see cref="ExampleGaussNewtonFactors"/>).
    /// </summary>
    internal bool HasOneTrainableLayer => _layers.Count(l => l.ParameterCount > 0) <= 1;

    /// <summary>
    /// One example's Gauss–Newton factors: the rows of <c>J = ∂z/∂θ</c> (one backward pass per output)
    /// into <paramref name="jacobian"/> and those of <c>∇²_z ℓ · J</c> into <paramref name="weighted"/>,
    /// both row-major <c>outputs × D</c>; the example's Gauss–Newton matrix is <c>Jᵀ ∇²_z ℓ J</c>.
    /// </summary>
    internal void ExampleGaussNewtonFactors(ReadOnlySpan<double> theta, ReadOnlySpan<double> x, int label,
        Span<double> jacobian, Span<double> weighted, NetworkWorkspace ws)
    {
        var z = Forward(theta, x, ws);
        int outputs = z.Length, d = ParameterCount;
        jacobian.Clear();
        weighted.Clear();
        double[] unit = ws.ROutputs[^1], lossColumn = ws.ROutputGradients[^1], top = ws.OutputGradients[^1];
        for (int m = 0; m < outputs; m++)
        {
            Array.Clear(unit);
            unit[m] = 1;
            Loss.RGradient(z, unit, label, lossColumn);
            var row = jacobian.Slice(m * d, d);
            Array.Clear(top);
            top[m] = 1;
            for (int l = _layers.Length - 1; l >= 0; l--)
                _layers[l].Backward(Slice(theta, l), LayerInput(x, ws, l), ws.OutputGradients[l],
                    l == 0 ? [] : ws.OutputGradients[l - 1], Slice(row, l), ws.Scratch[l]);
            for (int k = 0; k < outputs; k++)
                if (lossColumn[k] != 0) VectorKernels.AddScaled(lossColumn[k], row, weighted.Slice(k * d, d));
        }
    }

    /// <summary>The R-passes along <paramref name="v"/>, once the forward and backward passes have filled the workspace.</summary>
    private void AddRProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, ReadOnlySpan<double> x, int label, ReadOnlySpan<double> z,
        Span<double> product, NetworkWorkspace ws)
    {
        for (int l = 0; l < _layers.Length; l++)
            _layers[l].RForward(Slice(theta, l), Slice(v, l), LayerInput(x, ws, l), l == 0 ? [] : ws.ROutputs[l - 1],
                ws.ROutputs[l], ws.Scratch[l]);
        Loss.RGradient(z, ws.ROutputs[^1], label, ws.ROutputGradients[^1]);
        for (int l = _layers.Length - 1; l >= 0; l--)
            _layers[l].RBackward(Slice(theta, l), Slice(v, l), LayerInput(x, ws, l), l == 0 ? [] : ws.ROutputs[l - 1], ws.OutputGradients[l],
                ws.ROutputGradients[l], l == 0 ? [] : ws.ROutputGradients[l - 1], Slice(product, l), ws.Scratch[l]);
    }

    private ReadOnlySpan<double> Forward(ReadOnlySpan<double> theta, ReadOnlySpan<double> x, NetworkWorkspace ws)
    {
        for (int l = 0; l < _layers.Length; l++)
            _layers[l].Forward(Slice(theta, l), LayerInput(x, ws, l), ws.Outputs[l], ws.Scratch[l]);
        return ws.Outputs[^1];
    }

    private static ReadOnlySpan<double> LayerInput(ReadOnlySpan<double> x, NetworkWorkspace ws, int layer) =>
        layer == 0 ? x : ws.Outputs[layer - 1];

    private ReadOnlySpan<double> Slice(ReadOnlySpan<double> parameters, int layer) =>
        parameters.Slice(_offsets[layer], _offsets[layer + 1] - _offsets[layer]);

    private Span<double> Slice(Span<double> parameters, int layer) =>
        parameters.Slice(_offsets[layer], _offsets[layer + 1] - _offsets[layer]);
}
