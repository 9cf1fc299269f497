using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Data;

/// <summary>
/// A stand-in for FashionMNIST with the same shape (28×28 bytes, 10 classes) for machines without
/// the real files. Each class has a prototype, a sum of Gaussian blobs of which some are shared by
/// all classes; an image is its class prototype shifted by up to three pixels, rescaled in
/// brightness and covered with pixel noise — learnable, but not separable at a glance.
/// </summary>
public static class SyntheticImages
{
    /// <summary>Image side, as FashionMNIST.</summary>
    public const int Side = 28;

    /// <summary>Number of classes, as FashionMNIST.</summary>
    public const int Classes = 10;

    private const int SharedBlobs = 3, ClassBlobs = 2, MaxShift = 3;
    private const double NoiseLevel = 0.5;

    /// <summary>
    /// Draws <paramref name="count"/> images with uniform labels from <paramref name="seed"/>. The
    /// prototypes depend only on <paramref name="patternSeed"/>, so a training and a test set drawn
    /// with different seeds share them.
    /// </summary>
    public static LabeledImages Generate(int count, long seed, long patternSeed = 20190609)
    {
        Guard.NonNegative(count, nameof(count));
        var prototypes = Prototypes(patternSeed);
        var random = new RandomStream(seed);
        var pixels = new byte[count * Side * Side];
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            int label = labels[i] = random.NextInt(Classes);
            int dy = random.NextInt(2 * MaxShift + 1) - MaxShift, dx = random.NextInt(2 * MaxShift + 1) - MaxShift;
            double brightness = random.NextUniform(0.6, 1.2);
            for (int y = 0; y < Side; y++)
                for (int x = 0; x < Side; x++)
                {
                    int sy = y - dy, sx = x - dx;
                    double value = sy is >= 0 and < Side && sx is >= 0 and < Side ? prototypes[label][sy * Side + sx] : 0;
                    value = brightness * value + NoiseLevel * random.NextGaussian();
                    pixels[(i * Side + y) * Side + x] = (byte)Math.Round(255 * Math.Clamp(value, 0, 1));
                }
        }
        return new LabeledImages(Side, Side, pixels, labels, Classes);
    }

    private static double[][] Prototypes(long patternSeed)
    {
        var shared = new RandomStream(RandomStream.DeriveSeed(patternSeed, Classes));
        var sharedBlobs = Enumerable.Range(0, SharedBlobs).Select(_ => Blob.Draw(shared)).ToArray();
        var prototypes = new double[Classes][];
        for (int c = 0; c < Classes; c++)
        {
            var random = RandomStream.ForTask(patternSeed, c);
            var blobs = sharedBlobs.Concat(Enumerable.Range(0, ClassBlobs).Select(_ => Blob.Draw(random))).ToArray();
            var image = prototypes[c] = new double[Side * Side];
            for (int y = 0; y < Side; y++)
                for (int x = 0; x < Side; x++)
                    image[y * Side + x] = Math.Min(1, blobs.Sum(b => b.At(x, y)));
        }
        return prototypes;
    }

    /// <summary>An anisotropic Gaussian bump: a stroke-like shape with a random centre, widths and angle.</summary>
    private readonly record struct Blob(double X, double Y, double Along, double Across, double Angle, double Height)
    {
        public static Blob Draw(RandomStream random) => new(
            random.NextUniform(7, 21), random.NextUniform(7, 21), random.NextUniform(2, 7), random.NextUniform(1, 2.5),
            random.NextUniform(0, Math.PI), random.NextUniform(0.5, 0.9));

        public double At(int x, int y)
        {
            double u = (x - X) * Math.Cos(Angle) + (y - Y) * Math.Sin(Angle);
            double w = -(x - X) * Math.Sin(Angle) + (y - Y) * Math.Cos(Angle);
            return Height * Math.Exp(-0.5 * (u * u / (Along * Along) + w * w / (Across * Across)));
        }
    }
}
