using AnisotropicNoise.Data;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>Small random networks and datasets for derivative checks.</summary>
internal static class TinyNets
{
    /// <summary>conv 3×3 1→3 on 8×8 → pool 2 → ReLU → conv 2×2 3→2 → ReLU → dense 8→4, softmax: 92 parameters.</summary>
    public static Sequential Cnn()
    {
        var init = new TruncatedNormalInitializer(0.5);
        var conv1 = new Conv2D(new ImageShape(1, 8, 8), 3, 3, init);
        var pool = new MaxPool2D(conv1.Output, 2);
        var conv2 = new Conv2D(pool.Output, 2, 2, init);
        return new Sequential(
            [conv1, pool, new Relu(pool.OutputSize), conv2, new Relu(conv2.OutputSize), new Dense(conv2.OutputSize, 4, init)],
            new SoftmaxCrossEntropy(4));
    }

    /// <summary>A VGG on 2×8×8 images: pad, conv 3×3 2→3, ReLU, pool, pad, conv 3×3 3→4, ReLU, pool, dense 16→5, ReLU, dense 5→3: 272 parameters.</summary>
    public static Sequential SmallVgg() => Vgg.Create(new ImageShape(2, 8, 8), [3, Vgg.Pool, 4, Vgg.Pool], [5], 3);

    /// <summary>Random features in N(0, 1) and uniform labels.</summary>
    public static LabeledExamples Data(int count, int features, int classes, long seed)
    {
        var random = new RandomStream(seed);
        var x = new double[count * features];
        random.FillGaussian(x);
        var labels = new int[count];
        for (int i = 0; i < count; i++) labels[i] = random.NextInt(classes);
        return new LabeledExamples(x, features, labels, classes);
    }

    /// <summary>Parameters in N(0, scale²), so that pre-activations sit away from the ReLU kink.</summary>
    public static double[] Parameters(int count, double scale, long seed)
    {
        var theta = new double[count];
        new RandomStream(seed).FillGaussian(theta);
        for (int i = 0; i < count; i++) theta[i] *= scale;
        return theta;
    }

    /// <summary>‖a − b‖ / ‖b‖.</summary>
    public static double RelativeError(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double diff = 0, norm = 0;
        for (int i = 0; i < a.Length; i++)
        {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            norm += b[i] * b[i];
        }
        return Math.Sqrt(diff / norm);
    }

    /// <summary>The central difference of <paramref name="f"/> along <paramref name="direction"/> at <paramref name="theta"/>, step h.</summary>
    public static double[] CentralDifference(Func<double[], double[]> f, double[] theta, double[] direction, double h)
    {
        var plus = (double[])theta.Clone();
        var minus = (double[])theta.Clone();
        for (int i = 0; i < theta.Length; i++)
        {
            plus[i] += h * direction[i];
            minus[i] -= h * direction[i];
        }
        var fp = f(plus);
        var fm = f(minus);
        var result = new double[fp.Length];
        for (int i = 0; i < fp.Length; i++) result[i] = (fp[i] - fm[i]) / (2 * h);
        return result;
    }
}
