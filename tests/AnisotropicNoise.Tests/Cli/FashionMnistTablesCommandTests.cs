using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Tests.Data;

namespace AnisotropicNoise.Tests.Cli;

/// <summary><c>fashion-mnist-tables</c> on committed run files: the three tables across the starts, written as the library makes them.</summary>
public sealed class FashionMnistTablesCommandTests : IDisposable
{
    private static readonly string Folder = Path.Combine(NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory), "results", "06-fashion-mnist");
    private readonly TempDirectory _out = new();

    public void Dispose() => _out.Dispose();

    private static (int Code, string Output) Run(params string[] args) => CommandRunner.Run(new FashionMnistTablesCommand(), args);

    [Fact]
    public void Writes_the_starts_and_every_comparison_with_gd_and_with_gld_dynamic_for_the_files_it_is_given()
    {
        string[] files = [Path.Combine(Folder, "first-fit-single-20000.csv"), Path.Combine(Folder, "after-gd-steps-single-20000.csv")];
        var (code, output) = Run([.. files, "--csv", "--out", _out.Path]);
        Assert.Equal(0, code);
        var tables = files.Select(FashionMnistTable.Load).ToList();
        string starts = FashionMnistSummary.Starts(tables).ToCsv(), againstGd = FashionMnistSummary.AgainstGd(tables).ToCsv(),
            againstIsotropic = FashionMnistAgainstIsotropic.Table(tables).ToCsv();
        Assert.Equal(starts + "\n" + againstGd + "\n" + againstIsotropic, output);
        Assert.Equal(starts, File.ReadAllText(_out.File("fashion-mnist-starts.csv")));
        Assert.Equal(againstGd, File.ReadAllText(_out.File("fashion-mnist-against-gd-every-start.csv")));
        Assert.Equal(againstIsotropic, File.ReadAllText(_out.File("fashion-mnist-against-gld-dynamic-every-start.csv")));
    }

    [Fact]
    public void Missing_and_foreign_files_are_named()
    {
        Assert.Contains("name at least one results file", Assert.Throws<UsageException>(() => Run("--csv")).Message);
        Assert.Contains("no file 'nope.csv'", Assert.Throws<UsageException>(() => Run("nope.csv")).Message);
        string conditions = Path.Combine(Folder, "conditions.csv");
        var foreign = Assert.Throws<UsageException>(() => Run(conditions));
        Assert.Contains("not a results file of fashion-mnist --csv", foreign.Message);
        Assert.Contains("conditions.csv", foreign.Message);
    }
}
