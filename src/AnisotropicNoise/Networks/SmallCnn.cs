namespace AnisotropicNoise.Networks;

/// <summary>
/// The paper's FashionMNIST network (§4, Fig. 3; 11,330 parameters on 28×28 images): conv 5×5 1→10
/// → max-pool 2 → ReLU → conv 5×5 10→10 → max-pool 2 → ReLU → dense 160→50 → ReLU → dense 50→10,
/// softmax cross-entropy; weights <c>N(0, 0.02²)</c> truncated at 2σ, biases zero or drawn the same way.
/// </summary>
public static class SmallCnn
{
    /// <summary>The paper's weight standard deviation before truncation.</summary>
    public const double WeightStandardDeviation = 0.02;

    /// <summary>
    /// Builds the network for single-channel images of <paramref name="height"/> × <paramref name="width"/> and
    /// <paramref name="classes"/> classes; <paramref name="drawBiases"/> draws the biases from the weights' truncated
    /// normal, as the authors' scripts do (else they start at zero).
    /// </summary>
    public static Sequential Create(int height = 28, int width = 28, int classes = 10, bool drawBiases = false)
    {
        var init = new TruncatedNormalInitializer(WeightStandardDeviation, drawBiases);
        var conv1 = new Conv2D(new ImageShape(1, height, width), 10, 5, init);
        var pool1 = new MaxPool2D(conv1.Output, 2);
        var conv2 = new Conv2D(pool1.Output, 10, 5, init);
        var pool2 = new MaxPool2D(conv2.Output, 2);
        int flat = pool2.Output.Size;
        Layer[] layers =
        [
            conv1, pool1, new Relu(pool1.OutputSize),
            conv2, pool2, new Relu(flat),
            new Dense(flat, 50, init), new Relu(50),
            new Dense(50, classes, init),
        ];
        return new Sequential(layers, new SoftmaxCrossEntropy(classes));
    }
}
