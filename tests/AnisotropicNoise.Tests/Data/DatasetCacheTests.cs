using System.Security.Cryptography;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Tests.Data;

public class DatasetCacheTests
{
    private static readonly Uri Primary = new("http://primary.test/data/");
    private static readonly Uri Backup = new("https://backup.test/fashion/");
    private static readonly byte[] Content = "the file's true bytes"u8.ToArray();
    private static readonly DatasetFile File = new("a.gz", Convert.ToHexStringLower(SHA256.HashData(Content)), Convert.ToHexStringLower(MD5.HashData(Content)));

    private static DatasetCache Cache(TempDirectory folder, FakeHttpHandler handler) =>
        new(folder.File("cache"), [File], [Primary, Backup], handler);

    [Fact]
    public async Task DownloadsVerifiesAndThenServesFromTheCache()
    {
        using var folder = new TempDirectory();
        var handler = new FakeHttpHandler(new() { ["http://primary.test/data/a.gz"] = Content });
        var cache = Cache(folder, handler);
        string path = await cache.GetAsync(File);
        Assert.Equal(Content, System.IO.File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(cache.Directory));
        await cache.GetAsync(File);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task WithoutASha256OnRecordTheMd5AndTheSizeDecide()
    {
        using var folder = new TempDirectory();
        string md5 = Convert.ToHexStringLower(MD5.HashData(Content));
        var exact = new DatasetFile("a.gz", null, md5, Content.Length);
        var handler = new FakeHttpHandler(new() { ["http://primary.test/data/a.gz"] = Content });
        Assert.Equal(Content, System.IO.File.ReadAllBytes(await new DatasetCache(folder.File("ok"), [exact], [Primary], handler).GetAsync(exact)));
        var wrongSize = exact with { Size = Content.Length + 1 };
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => new DatasetCache(folder.File("size"), [wrongSize], [Primary], handler).GetAsync(wrongSize));
        Assert.Contains($"MD5 {md5}", error.Message);
        Assert.Empty(Directory.GetFiles(folder.File("size")));
    }

    [Fact]
    public async Task ACorruptDownloadLeavesNothingAndTheNextMirrorIsTried()
    {
        using var folder = new TempDirectory();
        var corrupt = (byte[])Content.Clone();
        corrupt[0] ^= 1;
        var handler = new FakeHttpHandler(new() { ["http://primary.test/data/a.gz"] = corrupt, ["https://backup.test/fashion/a.gz"] = Content });
        string path = await Cache(folder, handler).GetAsync(File);
        Assert.Equal(Content, System.IO.File.ReadAllBytes(path));
        Assert.Equal(["http://primary.test/data/a.gz", "https://backup.test/fashion/a.gz"], handler.Requests);
    }

    [Fact]
    public async Task WhenEveryMirrorFailsNothingIsCachedAndTheErrorSaysWhereToPutTheFile()
    {
        using var folder = new TempDirectory();
        var corrupt = (byte[])Content.Clone();
        corrupt[^1] ^= 1;
        var cache = Cache(folder, new FakeHttpHandler(new() { ["http://primary.test/data/a.gz"] = corrupt }));
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => cache.GetAsync(File));
        Assert.Contains("checksum mismatch", error.Message);
        Assert.Contains("404", error.Message);
        Assert.Contains(cache.Directory, error.Message);
        Assert.Empty(Directory.GetFiles(cache.Directory));
    }

    [Fact]
    public async Task AWrongFileInTheCacheIsReplacedByAVerifiedDownload()
    {
        using var folder = new TempDirectory();
        var handler = new FakeHttpHandler(new() { ["http://primary.test/data/a.gz"] = Content });
        var cache = Cache(folder, handler);
        Directory.CreateDirectory(cache.Directory);
        System.IO.File.WriteAllBytes(Path.Combine(cache.Directory, "a.gz"), "stale"u8.ToArray());
        string path = await cache.GetAsync(File);
        Assert.Equal(Content, System.IO.File.ReadAllBytes(path));
    }

    [Fact]
    public async Task AVerifiedFilePutInTheFolderByHandIsUsedWithoutTheNetwork()
    {
        using var folder = new TempDirectory();
        var handler = new FakeHttpHandler([], offline: true);
        var cache = Cache(folder, handler);
        Directory.CreateDirectory(cache.Directory);
        System.IO.File.WriteAllBytes(Path.Combine(cache.Directory, "a.gz"), Content);
        Assert.Equal(Path.Combine(cache.Directory, "a.gz"), await cache.GetAsync(File));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task WithDownloadsOffOnlyTheFolderIsLookedAt()
    {
        using var folder = new TempDirectory();
        var handler = new FakeHttpHandler(new() { ["http://primary.test/data/a.gz"] = Content });
        var mnist = new FashionMnist(folder.File("fm"), handler);
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => mnist.LoadAsync(FashionMnistSplit.Train, download: false));
        Assert.Contains("does not exist", error.Message);
        Assert.Contains("train-images-idx3-ubyte.gz", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task OfflineFashionMnistNamesTheFourFilesAndTheFolder()
    {
        using var folder = new TempDirectory();
        var mnist = new FashionMnist(folder.File("fm"), new FakeHttpHandler([], offline: true));
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => mnist.LoadAsync(FashionMnistSplit.Test));
        foreach (var file in FashionMnist.Files) Assert.Contains(file.Name, error.Message);
        Assert.Contains(mnist.CacheDirectory, error.Message);
        Assert.Contains("fashion-mnist.s3-website.eu-central-1.amazonaws.com", error.Message);
        Assert.Empty(Directory.GetFiles(mnist.CacheDirectory));
    }
}
