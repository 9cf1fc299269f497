namespace AnisotropicNoise.Data;

/// <summary>
/// Images of one byte a pixel (0–255), channel after channel, each channel row-major, with one label each: grey-scale
/// FashionMNIST (as stored in IDX files) and its synthetic stand-in, colour CIFAR-10 (as stored in its binary files),
/// or any subset of them.
/// </summary>
public sealed class LabeledImages
{
    private readonly byte[] _pixels;
    private readonly int[] _labels;

    /// <summary>
    /// Wraps <paramref name="pixels"/> (<c>labels.Length × channels × rows × columns</c> bytes) and
    /// <paramref name="labels"/> (each in <c>[0, classCount)</c>). The arrays are not copied.
    /// </summary>
    public LabeledImages(int rows, int columns, byte[] pixels, int[] labels, int classCount = 10, int channels = 1)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        Rows = Guard.Positive(rows, nameof(rows));
        Columns = Guard.Positive(columns, nameof(columns));
        ClassCount = Guard.Positive(classCount, nameof(classCount));
        Channels = Guard.Positive(channels, nameof(channels));
        Guard.Length(pixels.Length, checked(labels.Length * channels * rows * columns), nameof(pixels));
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] < 0 || labels[i] >= classCount)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[i], $"labels[{i}] is {labels[i]}; labels must be in [0, {classCount - 1}].");
        _pixels = pixels;
        _labels = labels;
    }

    /// <summary>The number of images.</summary>
    public int Count => _labels.Length;

    /// <summary>Pixel rows per image.</summary>
    public int Rows { get; }

    /// <summary>Pixel columns per image.</summary>
    public int Columns { get; }

    /// <summary>Channels per image (1: grey, 3: red, green, blue).</summary>
    public int Channels { get; }

    /// <summary>Bytes per image, <c>Channels × Rows × Columns</c>.</summary>
    public int ImageSize => Channels * Rows * Columns;

    /// <summary>Labels run over <c>[0, ClassCount)</c>.</summary>
    public int ClassCount { get; }

    /// <summary>The labels, one per image.</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>The pixels of image <paramref name="index"/>, channel after channel, each row-major.</summary>
    public ReadOnlySpan<byte> Pixels(int index) => _pixels.AsSpan(index * ImageSize, ImageSize);

    /// <summary>A SHA-256 over the images and labels, in order (hex): names the data in the keys of saved runs.</summary>
    public string Identity()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        for (int i = 0; i < Count; i++)
        {
            hash.AppendData(Pixels(i));
            hash.AppendData(BitConverter.GetBytes(_labels[i]));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The first <paramref name="count"/> images (the paper takes the first images of the training file).</summary>
    public LabeledImages Take(int count)
    {
        Guard.InRange(count, 0, Count, nameof(count));
        return new LabeledImages(Rows, Columns, _pixels[..(count * ImageSize)], _labels[..count], ClassCount, Channels);
    }

    /// <summary>The images at <paramref name="indices"/>, in that order (copied).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside <c>[0, Count)</c>.</exception>
    public LabeledImages Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        int size = ImageSize;
        var pixels = new byte[indices.Count * size];
        var labels = new int[indices.Count];
        for (int k = 0; k < indices.Count; k++)
        {
            int i = Guard.InRange(indices[k], 0, Count - 1, nameof(indices));
            Pixels(i).CopyTo(pixels.AsSpan(k * size, size));
            labels[k] = _labels[i];
        }
        return new LabeledImages(Rows, Columns, pixels, labels, ClassCount, Channels);
    }

    /// <summary>The same images with <paramref name="labels"/> instead.</summary>
    public LabeledImages WithLabels(int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Guard.Length(labels.Length, Count, nameof(labels));
        return new LabeledImages(Rows, Columns, _pixels, labels, ClassCount, Channels);
    }

    /// <summary>
    /// The images as network inputs: pixels scaled from [0, 255] to [<paramref name="low"/>, <paramref name="high"/>], by default
    /// [−1, 1] (<c>2p/255 − 1</c>) as the paper's FashionMNIST script does; its CIFAR-10 and SVHN scripts use [0, 1].
    /// </summary>
    public LabeledExamples ToExamples(double low = -1, double high = 1)
    {
        if (!(double.IsFinite(low) && double.IsFinite(high) && low < high)) throw new ArgumentException($"the pixel range [{low}, {high}] must be finite and increasing.", nameof(low));
        var features = new double[_pixels.Length];
        double scale = (high - low) / 255;
        for (int i = 0; i < features.Length; i++) features[i] = _pixels[i] * scale + low;
        return new LabeledExamples(features, ImageSize, (int[])_labels.Clone(), ClassCount);
    }
}
