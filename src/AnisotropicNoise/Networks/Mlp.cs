namespace AnisotropicNoise.Networks;

/// <summary>A plain multilayer perceptron: dense layers with ReLU between them, Glorot-uniform weights, zero biases.</summary>
public static class Mlp
{
    /// <summary>
    /// Builds dense layers through <paramref name="sizes"/> (inputs, hidden widths…, outputs) with a
    /// ReLU after every layer but the last, ending in <paramref name="loss"/>.
    /// </summary>
    public static Sequential Create(IReadOnlyList<int> sizes, LossHead loss)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count < 2) throw new ArgumentException("sizes must list at least the input and output sizes.", nameof(sizes));
        var layers = new List<Layer>();
        for (int l = 0; l + 1 < sizes.Count; l++)
        {
            layers.Add(new Dense(sizes[l], sizes[l + 1], GlorotUniformInitializer.Instance));
            if (l + 2 < sizes.Count) layers.Add(new Relu(sizes[l + 1]));
        }
        return new Sequential(layers, loss);
    }
}
