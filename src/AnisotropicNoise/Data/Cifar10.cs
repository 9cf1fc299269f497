namespace AnisotropicNoise.Data;

/// <summary>
/// CIFAR-10 (Krizhevsky, 2009): 50,000 training and 10,000 test colour images of 32×32, 10 classes, from the binary
/// version at the dataset's official page, cached locally and verified against its checksums before anything is read.
/// </summary>
public sealed class Cifar10
{
    /// <summary>The official download location.</summary>
    public static IReadOnlyList<Uri> OfficialMirrors { get; } = [new("https://www.cs.toronto.edu/~kriz/")];

    // MD5: the official page (https://www.cs.toronto.edu/~kriz/cifar.html). SHA-256 (and the size, 170,052,171 bytes):
    // recorded by two independent third parties who downloaded it and matched the MD5. Both must match.
    /// <summary>The binary archive with its checksums.</summary>
    public static DatasetFile Archive { get; } = new("cifar-10-binary.tar.gz",
        "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd", "c32a1d4ab5d03f1284b67883e8d87530");

    private readonly DatasetCache _cache;

    /// <summary>
    /// Uses <paramref name="cacheDirectory"/>, or else the folder <c>CIFAR-10</c> beside <see cref="FashionMnist.DefaultCacheDirectory"/>;
    /// <paramref name="handler"/> replaces the HTTP handler (tests) and <paramref name="mirrors"/> the official location.
    /// </summary>
    public Cifar10(string? cacheDirectory = null, HttpMessageHandler? handler = null, IReadOnlyList<Uri>? mirrors = null) =>
        _cache = new DatasetCache(cacheDirectory ?? DefaultCacheDirectory, [Archive], mirrors ?? OfficialMirrors, handler);

    /// <summary>The default cache folder, <c>CIFAR-10</c> in the same data root as FashionMNIST's.</summary>
    public static string DefaultCacheDirectory => Path.Combine(Path.GetDirectoryName(FashionMnist.DefaultCacheDirectory)!, "CIFAR-10");

    /// <summary>The folder this instance reads and fills.</summary>
    public string CacheDirectory => _cache.Directory;

    /// <summary>
    /// The training images (the five data batches, in order) or the test images, downloading and verifying the archive first
    /// if needed (with <paramref name="download"/> false, from the cache folder only).
    /// </summary>
    /// <exception cref="DatasetUnavailableException">The archive is neither cached nor downloadable; the message says where to put it.</exception>
    /// <exception cref="InvalidDataException">The verified archive does not hold the expected files (cannot happen with the published one).</exception>
    public async Task<LabeledImages> LoadAsync(bool training, bool download = true, CancellationToken cancellationToken = default)
    {
        string path = await _cache.GetAsync(Archive, download, cancellationToken).ConfigureAwait(false);
        await using var stream = File.OpenRead(path);
        return await Cifar10Archive.ReadAsync(stream, training, cancellationToken).ConfigureAwait(false);
    }
}
