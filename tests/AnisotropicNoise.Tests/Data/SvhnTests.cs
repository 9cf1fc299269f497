using System.Buffers.Binary;
using System.IO.Compression;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Tests.Data;

public class SvhnTests
{
    /// <summary>A level-5 MAT element: tag (type, size) and data padded to 8 bytes (compressed data is not padded).</summary>
    private static byte[] Element(int type, byte[] data, bool pad = true)
    {
        int padded = pad ? (data.Length + 7) / 8 * 8 : data.Length;
        var element = new byte[8 + padded];
        BinaryPrimitives.WriteInt32LittleEndian(element, type);
        BinaryPrimitives.WriteInt32LittleEndian(element.AsSpan(4), data.Length);
        data.CopyTo(element, 8);
        return element;
    }

    /// <summary>A numeric matrix: flags (class), dimensions, a one-character name as a small element, and the real part.</summary>
    private static byte[] Matrix(char name, int matlabClass, int[] dimensions, int storageType, byte[] values)
    {
        var flags = new byte[8];
        flags[0] = (byte)matlabClass;
        var dims = new byte[4 * dimensions.Length];
        for (int i = 0; i < dimensions.Length; i++) BinaryPrimitives.WriteInt32LittleEndian(dims.AsSpan(4 * i), dimensions[i]);
        var small = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(small, (1u << 16) | 1); // miINT8, 1 byte
        small[4] = (byte)name;
        return Element(14, [.. Element(6, flags), .. Element(5, dims), .. small, .. Element(storageType, values)]);
    }

    private static byte[] MatFileBytes(byte[] x, double[] labels)
    {
        var header = new byte[128];
        System.Text.Encoding.ASCII.GetBytes("MATLAB 5.0 MAT-file, test").CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(124), 0x0100);
        header[126] = (byte)'I';
        header[127] = (byte)'M';
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            zlib.Write(Matrix('X', 9, [32, 32, 3, labels.Length], 2, x));
        var y = new byte[8 * labels.Length];
        for (int i = 0; i < labels.Length; i++) BinaryPrimitives.WriteDoubleLittleEndian(y.AsSpan(8 * i), labels[i]);
        return [.. header, .. Element(15, compressed.ToArray(), pad: false), .. Matrix('y', 6, [labels.Length, 1], 9, y)];
    }

    /// <summary>X(row, column, channel, image) = (row + 3·column + 7·channel + 11·image) mod 256, MATLAB's column-major order.</summary>
    private static byte[] ColumnMajorX(int images)
    {
        var x = new byte[3072 * images];
        for (int n = 0; n < images; n++)
            for (int ch = 0; ch < 3; ch++)
                for (int c = 0; c < 32; c++)
                    for (int r = 0; r < 32; r++)
                        x[r + 32 * (c + 32 * (ch + 3 * n))] = (byte)((r + 3 * c + 7 * ch + 11 * n) % 256);
        return x;
    }

    [Fact]
    public void ItReadsCompressedAndPlainArraysReordersToChannelRowColumnAndShiftsLabelsDownByOne()
    {
        var arrays = MatFile.Read(MatFileBytes(ColumnMajorX(2), [10, 3]));
        Assert.Equal([32, 32, 3, 2], arrays["X"].Dimensions);
        var images = Svhn.Images(arrays, "test.mat");
        Assert.Equal((2, 3, 32, 32), (images.Count, images.Channels, images.Rows, images.Columns));
        Assert.Equal([9, 2], images.Labels); // y − 1: the digit 0 (y = 10) becomes 9
        var second = images.Pixels(1);
        foreach (var (ch, r, c) in new[] { (0, 0, 0), (1, 5, 9), (2, 31, 30) })
            Assert.Equal((byte)((r + 3 * c + 7 * ch + 11) % 256), second[(ch * 32 + r) * 32 + c]);
    }

    [Fact]
    public void ATruncatedFileOrAMissingArrayOrABadLabelIsNamed()
    {
        var bytes = MatFileBytes(ColumnMajorX(1), [4]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => MatFile.Read(bytes[..^20])).Message);
        Assert.Contains("header", Assert.Throws<InvalidDataException>(() => MatFile.Read(new byte[200])).Message);
        var noLabels = MatFile.Read(bytes).Where(a => a.Key == "X").ToDictionary();
        Assert.Contains("x.mat", Assert.Throws<InvalidDataException>(() => Svhn.Images(noLabels, "x.mat")).Message);
        Assert.Contains("label 0 is 11", Assert.Throws<InvalidDataException>(() => Svhn.Images(MatFile.Read(MatFileBytes(ColumnMajorX(1), [11])), "x.mat")).Message);
    }

    [Fact]
    public async Task OfflineItNamesTheFileAndTheFolder()
    {
        using var folder = new TempDirectory();
        var svhn = new Svhn(folder.File("svhn"), new FakeHttpHandler([], offline: true));
        var error = await Assert.ThrowsAsync<DatasetUnavailableException>(() => svhn.LoadAsync(Svhn.TestFile));
        Assert.Contains("test_32x32.mat", error.Message);
        Assert.Contains("ufldl.stanford.edu/housenumbers/", error.Message);
        Assert.Contains(svhn.CacheDirectory, error.Message);
    }
}
