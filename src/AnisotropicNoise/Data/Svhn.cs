namespace AnisotropicNoise.Data;

/// <summary>
/// SVHN's cropped digits (Netzer et al., 2011): <c>train_32x32.mat</c> (73,257 images) and <c>test_32x32.mat</c> (26,032), colour
/// 32×32, from the dataset's official page, cached locally and verified before anything is read. The files hold <c>X</c>
/// (32 × 32 × 3 × N bytes, column-major) and <c>y</c> (1–10, 10 for the digit 0); labels here are <c>y − 1</c>, as in the paper's scripts.
/// </summary>
public sealed class Svhn
{
    /// <summary>The official download location.</summary>
    public static IReadOnlyList<Uri> OfficialMirrors { get; } = [new("http://ufldl.stanford.edu/housenumbers/")];

    // MD5s: torchvision.datasets.SVHN (the page itself publishes none); sizes: recorded with them by a third party. No SHA-256 is on record.
    /// <summary>The training file.</summary>
    public static DatasetFile TrainFile { get; } = new("train_32x32.mat", null, "e26dedcc434d2e4c54c9b2d4a06d8373", 182_040_794);

    /// <summary>The test file.</summary>
    public static DatasetFile TestFile { get; } = new("test_32x32.mat", null, "eb5a983be6a315427106f1b164d9cef3", 64_275_384);

    private readonly DatasetCache _cache;

    /// <summary>
    /// Uses <paramref name="cacheDirectory"/>, or else the folder <c>SVHN</c> beside <see cref="FashionMnist.DefaultCacheDirectory"/>;
    /// <paramref name="handler"/> replaces the HTTP handler (tests) and <paramref name="mirrors"/> the official location.
    /// </summary>
    public Svhn(string? cacheDirectory = null, HttpMessageHandler? handler = null, IReadOnlyList<Uri>? mirrors = null) =>
        _cache = new DatasetCache(cacheDirectory ?? DefaultCacheDirectory, [TrainFile, TestFile], mirrors ?? OfficialMirrors, handler);

    /// <summary>The default cache folder, <c>SVHN</c> in the same data root as FashionMNIST's.</summary>
    public static string DefaultCacheDirectory => Path.Combine(Path.GetDirectoryName(FashionMnist.DefaultCacheDirectory)!, "SVHN");

    /// <summary>The folder this instance reads and fills.</summary>
    public string CacheDirectory => _cache.Directory;

    /// <summary>The images of <paramref name="file"/> (<see cref="TrainFile"/> or <see cref="TestFile"/>), downloading and verifying it first if needed.</summary>
    /// <exception cref="DatasetUnavailableException">The file is neither cached nor downloadable; the message says where to put it.</exception>
    /// <exception cref="InvalidDataException">The file does not hold SVHN's arrays.</exception>
    public async Task<LabeledImages> LoadAsync(DatasetFile file, bool download = true, CancellationToken cancellationToken = default)
    {
        string path = await _cache.GetAsync(file, download, cancellationToken).ConfigureAwait(false);
        return Images(MatFile.Read(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)), file.Name);
    }

    /// <summary>The images of SVHN's arrays <c>X</c> and <c>y</c>, reordered from MATLAB's column-major <c>X(row, column, channel, image)</c>.</summary>
    /// <exception cref="InvalidDataException">An array is missing or has the wrong shape, or a label is not 1–10; the message names <paramref name="source"/>.</exception>
    public static LabeledImages Images(IReadOnlyDictionary<string, MatFile.MatArray> arrays, string source)
    {
        ArgumentNullException.ThrowIfNull(arrays);
        if (!arrays.TryGetValue("X", out var x) || x.Bytes is null || x.Dimensions.Count != 4 || x.Dimensions[0] != 32 || x.Dimensions[1] != 32 || x.Dimensions[2] != 3)
            throw new InvalidDataException($"{source}: no 32 × 32 × 3 × N byte array X.");
        int count = x.Dimensions[3];
        if (!arrays.TryGetValue("y", out var y) || y.Count != count)
            throw new InvalidDataException($"{source}: no label array y of {count} entries.");
        var pixels = new byte[(long)count * 3072];
        var labels = new int[count];
        for (int n = 0; n < count; n++)
        {
            double label = y[n];
            labels[n] = label is >= 1 and <= 10 && label == Math.Floor(label) ? (int)label - 1 : throw new InvalidDataException($"{source}: label {n} is {label}, not 1–10.");
            for (int channel = 0; channel < 3; channel++)
                for (int row = 0; row < 32; row++)
                    for (int column = 0; column < 32; column++)
                        pixels[n * 3072 + (channel * 32 + row) * 32 + column] = x.Bytes[row + 32 * (column + 32 * (channel + 3L * n))];
        }
        return new LabeledImages(32, 32, pixels, labels, classCount: 10, channels: 3);
    }
}
