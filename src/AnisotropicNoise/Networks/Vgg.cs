namespace AnisotropicNoise.Networks;

/// <summary>
/// VGG networks (Simonyan and Zisserman, 2015) in the form of the paper's released CIFAR-10 and SVHN scripts: each
/// feature entry a 3×3 "same" convolution with bias (<see cref="ZeroPad2D"/> then <see cref="Conv2D"/>) and a ReLU, each
/// <see cref="Pool"/> a 2×2 max-pool, no batch normalisation; then dense layers with ReLU and a dense layer to the
/// classes, softmax cross-entropy.
/// </summary>
public static class Vgg
{
    /// <summary>The entry of a feature list that stands for a 2×2 max-pool.</summary>
    public const int Pool = 0;

    /// <summary>VGG configuration "A" (VGG-11): 64, M, 128, M, 256, 256, M, 512, 512, M, 512, 512, M.</summary>
    public static IReadOnlyList<int> ConfigurationA { get; } = [64, Pool, 128, Pool, 256, 256, Pool, 512, 512, Pool, 512, 512, Pool];

    /// <summary>
    /// The scripts' VGG-11 for 3×32×32 images (CIFAR-10, SVHN): configuration "A", classifier 512 → 512 → 512 →
    /// <paramref name="classes"/>; 9,750,922 parameters for 10 classes.
    /// </summary>
    public static Sequential Vgg11(int classes = 10) => Create(new ImageShape(3, 32, 32), ConfigurationA, [512, 512], classes);

    /// <summary>
    /// A VGG network on <paramref name="input"/>: <paramref name="features"/> lists output channels of 3×3 convolutions
    /// and <see cref="Pool"/>s, <paramref name="classifier"/> the widths of the hidden dense layers.
    /// Initialised as the script does: convolution weights <c>N(0, 2/(9·C_out))</c> (<see cref="HeNormalFanOutInitializer"/>) and
    /// biases zero, dense weights and biases PyTorch's default <see cref="FanInUniformInitializer"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A width is negative, the features hold no convolution, or a pool meets an image smaller than 2×2.</exception>
    public static Sequential Create(ImageShape input, IReadOnlyList<int> features, IReadOnlyList<int> classifier, int classes)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(classifier);
        Guard.InRange(classes, 2, int.MaxValue, nameof(classes));
        if (!features.Any(f => f != Pool)) throw new ArgumentException("features must hold at least one convolution.", nameof(features));
        var layers = new List<Layer>();
        var shape = input.Validated(nameof(input));
        foreach (int channels in features)
        {
            if (channels == Pool)
            {
                if (shape.Height < 2 || shape.Width < 2)
                    throw new ArgumentException($"a pool meets a {shape} image: too many pools for a {input} input.", nameof(features));
                var pool = new MaxPool2D(shape, 2);
                layers.Add(pool);
                shape = pool.Output;
                continue;
            }
            Guard.Positive(channels, nameof(features));
            var pad = new ZeroPad2D(shape, 1);
            var conv = new Conv2D(pad.Output, channels, 3, HeNormalFanOutInitializer.Instance);
            layers.AddRange([pad, conv, new Relu(conv.OutputSize)]);
            shape = conv.Output;
        }
        int width = shape.Size;
        foreach (int hidden in classifier)
        {
            Guard.Positive(hidden, nameof(classifier));
            layers.AddRange([new Dense(width, hidden, FanInUniformInitializer.Instance), new Relu(hidden)]);
            width = hidden;
        }
        layers.Add(new Dense(width, classes, FanInUniformInitializer.Instance));
        return new Sequential(layers, new SoftmaxCrossEntropy(classes));
    }
}
