using System.Formats.Tar;
using System.IO.Compression;

namespace AnisotropicNoise.Data;

/// <summary>
/// Reads CIFAR-10's binary archive (<c>cifar-10-binary.tar.gz</c>): in its folder <c>cifar-10-batches-bin</c>, the training
/// files <c>data_batch_1.bin</c> … <c>data_batch_5.bin</c> and the test file <c>test_batch.bin</c>, each 10,000 records of
/// one label byte and 3,072 pixel bytes (the red, green and blue 32×32 planes, row-major).
/// </summary>
public static class Cifar10Archive
{
    /// <summary>Bytes per record: one label, then 3 × 32 × 32 pixels.</summary>
    public const int RecordSize = 1 + 3 * 32 * 32;

    /// <summary>The folder inside the archive.</summary>
    public const string Folder = "cifar-10-batches-bin";

    /// <summary>The files of the training (<paramref name="training"/> true) or the test split, in order.</summary>
    public static IReadOnlyList<string> Files(bool training) =>
        training ? [.. Enumerable.Range(1, 5).Select(i => $"data_batch_{i}.bin")] : ["test_batch.bin"];

    /// <summary>The images of one split from a gzip-compressed tar <paramref name="archive"/>; other entries are skipped.</summary>
    /// <exception cref="InvalidDataException">A file of the split is missing, or its length is not a whole number of records, or a label is not 0–9; the message names the file.</exception>
    public static async Task<LabeledImages> ReadAsync(Stream archive, bool training, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var wanted = Files(training);
        var contents = new Dictionary<string, byte[]>();
        await using (var gzip = new GZipStream(archive, CompressionMode.Decompress, leaveOpen: true))
        await using (var tar = new TarReader(gzip))
        {
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                string name = entry.Name.Replace('\\', '/');
                string file = name.StartsWith(Folder + "/", StringComparison.Ordinal) ? name[(Folder.Length + 1)..] : "";
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || !wanted.Contains(file) || entry.DataStream is null) continue;
                using var copy = new MemoryStream();
                await entry.DataStream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                contents[file] = copy.ToArray();
            }
        }
        var missing = wanted.Where(f => !contents.ContainsKey(f)).ToArray();
        if (missing.Length > 0) throw new InvalidDataException($"the archive lacks {string.Join(", ", missing.Select(f => $"{Folder}/{f}"))}.");
        return Parse(wanted.Select(f => (f, contents[f])).ToArray());
    }

    private static LabeledImages Parse(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        int count = 0;
        foreach (var (name, bytes) in files)
        {
            if (bytes.Length == 0 || bytes.Length % RecordSize != 0)
                throw new InvalidDataException($"{Folder}/{name} holds {bytes.Length} bytes, not a whole number of {RecordSize}-byte records: truncated or not CIFAR-10.");
            count += bytes.Length / RecordSize;
        }
        var pixels = new byte[count * (RecordSize - 1)];
        var labels = new int[count];
        int image = 0;
        foreach (var (name, bytes) in files)
        {
            for (int offset = 0; offset < bytes.Length; offset += RecordSize, image++)
            {
                labels[image] = bytes[offset] < 10 ? bytes[offset] : throw new InvalidDataException($"{Folder}/{name}: record {offset / RecordSize} has label {bytes[offset]}, not 0–9.");
                bytes.AsSpan(offset + 1, RecordSize - 1).CopyTo(pixels.AsSpan(image * (RecordSize - 1)));
            }
        }
        return new LabeledImages(32, 32, pixels, labels, classCount: 10, channels: 3);
    }
}
