namespace AnisotropicNoise.Networks;

/// <summary>
/// The per-example buffers of one pass through a <see cref="Sequential"/> network: each layer's
/// output, the loss gradient with respect to it, the R-derivatives of both, and each layer's
/// scratch. One workspace serves one thread at a time and is reused example after example.
/// </summary>
internal sealed class NetworkWorkspace
{
    public NetworkWorkspace(IReadOnlyList<Layer> layers)
    {
        Outputs = layers.Select(l => new double[l.OutputSize]).ToArray();
        OutputGradients = layers.Select(l => new double[l.OutputSize]).ToArray();
        ROutputs = layers.Select(l => new double[l.OutputSize]).ToArray();
        ROutputGradients = layers.Select(l => new double[l.OutputSize]).ToArray();
        Scratch = layers.Select(l => l.CreateScratch()).ToArray();
    }

    /// <summary>Layer l's output <c>a_l</c>.</summary>
    public double[][] Outputs { get; }

    /// <summary><c>∂ℓ/∂a_l</c>.</summary>
    public double[][] OutputGradients { get; }

    /// <summary><c>R(a_l)</c>, the directional derivative of <c>a_l</c> along the parameter direction.</summary>
    public double[][] ROutputs { get; }

    /// <summary><c>R(∂ℓ/∂a_l)</c>.</summary>
    public double[][] ROutputGradients { get; }

    /// <summary>Each layer's own buffers.</summary>
    public LayerScratch?[] Scratch { get; }
}
