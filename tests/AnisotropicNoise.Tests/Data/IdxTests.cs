using AnisotropicNoise.Data;

namespace AnisotropicNoise.Tests.Data;

public class IdxTests
{
    private static IdxArray Sample(int count = 3, int rows = 4, int columns = 5)
    {
        var data = new byte[count * rows * columns];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 37 % 256);
        return new IdxArray([count, rows, columns], data);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RoundTripKeepsDimensionsAndBytes(bool gzip)
    {
        using var folder = new TempDirectory();
        var array = Sample();
        IdxWriter.WriteFile(folder.File("a.idx"), array, gzip);
        var read = IdxReader.ReadFile(folder.File("a.idx"));
        Assert.Equal(array.Dimensions, read.Dimensions);
        Assert.Equal(array.Data, read.Data);
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void HeaderIsBigEndianAsInTheMnistFiles()
    {
        using var stream = new MemoryStream();
        IdxWriter.Write(stream, new IdxArray([2, 1], [7, 9]));
        Assert.Equal(new byte[] { 0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 1, 7, 9 }, stream.ToArray());
    }

    [Fact]
    public void WrongMagicNumberIsAnError()
    {
        var bytes = new byte[] { 0, 0, 0x0D, 1, 0, 0, 0, 1, 5 };
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(new MemoryStream(bytes), "float.idx"));
        Assert.Contains("magic number", error.Message);
        Assert.Contains("float.idx", error.Message);
    }

    [Theory]
    [InlineData(2)]   // inside the magic number
    [InlineData(10)]  // inside the dimensions
    [InlineData(60)]  // inside the data
    public void TruncatedFileIsAnError(int keep)
    {
        using var stream = new MemoryStream();
        IdxWriter.Write(stream, Sample());
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(new MemoryStream(stream.ToArray()[..keep]), "cut.idx"));
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void TrailingBytesAreAnError()
    {
        using var stream = new MemoryStream();
        IdxWriter.Write(stream, Sample());
        stream.WriteByte(1);
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(new MemoryStream(stream.ToArray()), "long.idx"));
        Assert.Contains("1 unexpected bytes", error.Message);
    }

    [Fact]
    public void CorruptGzipIsAnError()
    {
        using var stream = new MemoryStream();
        IdxWriter.Write(stream, Sample(), gzip: true);
        var bytes = stream.ToArray();
        for (int i = 10; i < bytes.Length; i++) bytes[i] ^= 0x5A;
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(new MemoryStream(bytes), "bad.gz"));
        Assert.Contains("bad.gz", error.Message);
    }

    [Fact]
    public void ImagesAndLabelsPairUpAndCountsMustAgree()
    {
        using var folder = new TempDirectory();
        IdxWriter.WriteFile(folder.File("images"), Sample(count: 3));
        IdxWriter.WriteFile(folder.File("labels"), new IdxArray([3], [9, 0, 4]), gzip: true);
        var images = IdxReader.ReadLabeledImages(folder.File("images"), folder.File("labels"));
        Assert.Equal((3, 4, 5), (images.Count, images.Rows, images.Columns));
        Assert.Equal([9, 0, 4], images.Labels);
        Assert.Equal(Sample().Data[20..40], images.Pixels(1).ToArray());

        IdxWriter.WriteFile(folder.File("labels"), new IdxArray([2], [9, 0]));
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadLabeledImages(folder.File("images"), folder.File("labels")));
        Assert.Contains("count mismatch", error.Message);
    }

    [Fact]
    public void LabelOutsideTheClassesIsAnError()
    {
        using var folder = new TempDirectory();
        IdxWriter.WriteFile(folder.File("images"), Sample(count: 2));
        IdxWriter.WriteFile(folder.File("labels"), new IdxArray([2], [3, 10]));
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadLabeledImages(folder.File("images"), folder.File("labels")));
        Assert.Contains("label 1 is 10", error.Message);
    }
}
