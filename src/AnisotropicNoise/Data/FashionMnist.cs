namespace AnisotropicNoise.Data;

/// <summary>
/// FashionMNIST (Xiao, Rasul and Vollgraf, 2017): 60,000 training and 10,000 test images of 28×28,
/// 10 classes, from the official locations (the Zalando Research S3 bucket that torchvision uses,
/// then the GitHub repository), cached locally and verified against published checksums.
/// </summary>
public sealed class FashionMnist
{
    /// <summary>The environment variable that, when set, names the cache folder.</summary>
    public const string CacheVariable = "ANISOTROPIC_NOISE_DATA";

    /// <summary>The official download locations, tried in order.</summary>
    public static IReadOnlyList<Uri> OfficialMirrors { get; } =
    [
        new("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
        new("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/"),
    ];

    // MD5: torchvision.datasets.FashionMNIST.resources and the Zalando README. SHA-256: published by
    // third parties (the batchup library; Connor Olding's mnists script), who agree with each other.
    // Both must match.
    private static readonly DatasetFile TrainImages = new("train-images-idx3-ubyte.gz",
        "08dc20ab1689590a0bcd66e874647b6ee8464e2d501b5a3f1f78831db19a3fdc", "8d4fb7e6c68d591d4c3dfef9ec88bf0d");
    private static readonly DatasetFile TrainLabels = new("train-labels-idx1-ubyte.gz",
        "b0197879cbda89f3dc7b894f9fd52b858e68ea4182b6947c9d8c2b67e5f18dcc", "25c81989df183df01b3e8a0aad5dffbe");
    private static readonly DatasetFile TestImages = new("t10k-images-idx3-ubyte.gz",
        "78dcbbfb5a27efaf1b6c1d616caca68560be8766c5bffcb2791df9273a534229", "bef4ecab320f06d8554ea6380940ec79");
    private static readonly DatasetFile TestLabels = new("t10k-labels-idx1-ubyte.gz",
        "42bd18137a62d5998cdeae52bf3a0676ac6b706f5cf8439b47bb5b151ae3dccf", "bb300cfdad3c16e7a12a480ee83cd310");

    private readonly DatasetCache _cache;

    /// <summary>The four files with their checksums.</summary>
    public static IReadOnlyList<DatasetFile> Files { get; } = [TrainImages, TrainLabels, TestImages, TestLabels];

    /// <summary>
    /// Uses <paramref name="cacheDirectory"/>, or else <see cref="DefaultCacheDirectory"/>;
    /// <paramref name="handler"/> replaces the HTTP handler (tests) and <paramref name="mirrors"/> the official locations.
    /// </summary>
    public FashionMnist(string? cacheDirectory = null, HttpMessageHandler? handler = null, IReadOnlyList<Uri>? mirrors = null) =>
        _cache = new DatasetCache(cacheDirectory ?? DefaultCacheDirectory, Files, mirrors ?? OfficialMirrors, handler);

    /// <summary>
    /// The folder named by the <c>ANISOTROPIC_NOISE_DATA</c> variable plus <c>FashionMNIST</c>, or else
    /// <c>AnisotropicNoise/FashionMNIST</c> under the user's local application-data folder.
    /// </summary>
    public static string DefaultCacheDirectory
    {
        get
        {
            string? root = Environment.GetEnvironmentVariable(CacheVariable);
            if (string.IsNullOrWhiteSpace(root))
                root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "AnisotropicNoise");
            return Path.Combine(root, "FashionMNIST");
        }
    }

    /// <summary>The folder this instance reads and fills.</summary>
    public string CacheDirectory => _cache.Directory;

    /// <summary>
    /// Loads the training or test split, downloading and verifying its two files if needed (with
    /// <paramref name="download"/> false, from the cache folder only: for offline runs that fall back
    /// to <see cref="SyntheticImages"/>).
    /// </summary>
    /// <exception cref="DatasetUnavailableException">A file is neither cached nor downloadable; the message says where to put it.</exception>
    public async Task<LabeledImages> LoadAsync(FashionMnistSplit split, bool download = true, CancellationToken cancellationToken = default)
    {
        var (images, labels) = split switch
        {
            FashionMnistSplit.Train => (TrainImages, TrainLabels),
            FashionMnistSplit.Test => (TestImages, TestLabels),
            _ => throw new ArgumentOutOfRangeException(nameof(split), split, "split must be Train or Test."),
        };
        string imagesPath = await _cache.GetAsync(images, download, cancellationToken).ConfigureAwait(false);
        string labelsPath = await _cache.GetAsync(labels, download, cancellationToken).ConfigureAwait(false);
        return IdxReader.ReadLabeledImages(imagesPath, labelsPath);
    }
}
