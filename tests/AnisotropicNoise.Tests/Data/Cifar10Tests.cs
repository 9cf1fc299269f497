using System.Formats.Tar;
using System.IO.Compression;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Tests.Data;

public class Cifar10Tests
{
    /// <summary>Record <paramref name="index"/> of a stand-in batch: label index mod 10, pixel k = (index + k) mod 256.</summary>
    private static byte[] Records(int first, int count)
    {
        var bytes = new byte[count * Cifar10Archive.RecordSize];
        for (int r = 0; r < count; r++)
        {
            int index = first + r;
            bytes[r * Cifar10Archive.RecordSize] = (byte)(index % 10);
            for (int k = 0; k < Cifar10Archive.RecordSize - 1; k++) bytes[r * Cifar10Archive.RecordSize + 1 + k] = (byte)((index + k) % 256);
        }
        return bytes;
    }

    /// <summary>A tar.gz laid out as the real archive, with two records per training batch and three test records (and the meta file).</summary>
    private static MemoryStream Archive(Func<string, byte[], byte[]>? tamper = null)
    {
        var files = new List<(string Name, byte[] Bytes)> { ("batches.meta.txt", "airplane\nautomobile\n"u8.ToArray()) };
        for (int b = 1; b <= 5; b++) files.Add(($"data_batch_{b}.bin", Records(2 * (b - 1), 2)));
        files.Add(("test_batch.bin", Records(100, 3)));
        var archive = new MemoryStream();
        using (var gzip = new GZipStream(archive, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var (name, bytes) in files)
            {
                var data = tamper is null ? bytes : tamper(name, bytes);
                if (data.Length == 0 && name != "batches.meta.txt") continue;
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, $"{Cifar10Archive.Folder}/{name}") { DataStream = new MemoryStream(data) });
            }
        }
        archive.Position = 0;
        return archive;
    }

    [Fact]
    public async Task TheTrainingSplitIsTheFiveBatchesInOrderAndEachImageIsThreePlanesOf32By32()
    {
        var training = await Cifar10Archive.ReadAsync(Archive(), training: true);
        Assert.Equal((10, 3, 32, 32, 10), (training.Count, training.Channels, training.Rows, training.Columns, training.ClassCount));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i % 10), training.Labels);
        Assert.Equal(Records(7, 1)[1..], training.Pixels(7).ToArray());
        var test = await Cifar10Archive.ReadAsync(Archive(), training: false);
        Assert.Equal([0, 1, 2], test.Labels);
        Assert.Equal(3 * 32 * 32, test.ToExamples(low: 0, high: 1).FeatureCount);
    }

    [Fact]
    public async Task ATruncatedOrMissingFileOrABadLabelIsNamed()
    {
        var truncated = await Assert.ThrowsAsync<InvalidDataException>(() =>
            Cifar10Archive.ReadAsync(Archive((name, bytes) => name == "data_batch_3.bin" ? bytes[..^5] : bytes), training: true));
        Assert.Contains("data_batch_3.bin", truncated.Message);
        var missing = await Assert.ThrowsAsync<InvalidDataException>(() =>
            Cifar10Archive.ReadAsync(Archive((name, bytes) => name == "test_batch.bin" ? [] : bytes), training: false));
        Assert.Contains("test_batch.bin", missing.Message);
        var label = await Assert.ThrowsAsync<InvalidDataException>(() =>
            Cifar10Archive.ReadAsync(Archive((name, bytes) => { var copy = (byte[])bytes.Clone(); if (name == "test_batch.bin") copy[0] = 10; return copy; }), training: false));
        Assert.Contains("label 10", label.Message);
    }

    [Fact]
    public async Task OfflineItNamesTheArchiveItsChecksumsAndTheFolder()
    {
        using var folder = new TempDirectory();
        var cifar = new Cifar10(folder.File("cifar"), new FakeHttpHandler([], offline: true));
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => cifar.LoadAsync(training: true));
        Assert.Contains("cifar-10-binary.tar.gz", error.Message);
        Assert.Contains("www.cs.toronto.edu/~kriz/", error.Message);
        Assert.Contains(cifar.CacheDirectory, error.Message);
        Assert.Empty(Directory.GetFiles(cifar.CacheDirectory));
    }
}
