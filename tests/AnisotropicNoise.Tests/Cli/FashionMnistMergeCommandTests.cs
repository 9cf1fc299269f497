using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Tests.Data;
using AnisotropicNoise.Tests.Experiments;

namespace AnisotropicNoise.Tests.Cli;

/// <summary><c>fashion-mnist-merge</c>: the joined file printed and, with <c>--out</c>, written with its charts and its comparison with GD.</summary>
public sealed class FashionMnistMergeCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Output) Run(params string[] args) => CommandRunner.Run(new FashionMnistMergeCommand(), args);

    private string Saved(string name, string text)
    {
        string path = _folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Prints_the_joined_file_and_writes_it_with_its_comparisons_with_gd_and_gld_dynamic()
    {
        string a = Saved("a.csv", FashionMnistRunFilesTests.GdAndSgd), c = Saved("c.csv", FashionMnistRunFilesTests.LaterGld), output = _folder.File("out");
        var (code, printed) = Run(a, c, "--out", output);
        Assert.Equal(0, code);
        string merged = FashionMnistRunFiles.Merge([(a, FashionMnistRunFilesTests.GdAndSgd), (c, FashionMnistRunFilesTests.LaterGld)]);
        Assert.Equal(merged, printed);
        Assert.Equal(merged, File.ReadAllText(Path.Combine(output, "fashion-mnist.csv")));
        Assert.Equal(FashionMnistSummary.AgainstGd(FashionMnistTable.FromCsv(merged)).ToCsv(), File.ReadAllText(Path.Combine(output, "fashion-mnist-against-gd.csv")));
        Assert.Equal(FashionMnistAgainstIsotropic.Table([FashionMnistTable.FromCsv(merged)]).ToCsv(), File.ReadAllText(Path.Combine(output, "fashion-mnist-against-gld-dynamic.csv")));
        Assert.True(File.Exists(Path.Combine(output, "fashion-mnist-accuracy.html")));
    }

    [Fact]
    public void Too_few_missing_foreign_and_clashing_files_are_named()
    {
        string a = Saved("a.csv", FashionMnistRunFilesTests.GdAndSgd);
        Assert.Contains("name at least two results files", Assert.Throws<UsageException>(() => Run(a)).Message);
        Assert.Contains("no file 'nope.csv'", Assert.Throws<UsageException>(() => Run(a, "nope.csv")).Message);
        string foreign = Saved("foreign.csv", "# data: x\nquantity,value\n");
        Assert.Contains("cannot merge: " + foreign + ": ", Assert.Throws<UsageException>(() => Run(a, foreign)).Message);
        string other = Saved("other.csv", FashionMnistRunFilesTests.LaterGld.Replace("λ₁ 19.81;", "λ₁ 19.82;"));
        Assert.Contains($"cannot merge: {a} and {other} differ in their GD phase or settings", Assert.Throws<UsageException>(() => Run(a, other)).Message);
    }
}
