using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// <c>fashion-mnist-merge RUNS.csv RUNS.csv …</c>: results files of <c>fashion-mnist --csv</c> from one start, run in pieces
/// (other dynamics or seeds, other sessions or machines), joined into one (<see cref="FashionMnistRunFiles.Merge"/>).
/// </summary>
internal sealed class FashionMnistMergeCommand : ICommand
{
    public string Name => "fashion-mnist-merge";

    public string Summary => "Fig. 3 runs made in pieces (other dynamics or seeds, same start and settings) joined into one results file";

    public string Usage =>
        "anisotropic-noise fashion-mnist-merge RUNS.csv RUNS.csv [RUNS.csv …] " + OutputFolder.Usage +
        "  (each RUNS.csv a results file of fashion-mnist --csv from the same start with the same settings; prints the joined file; " +
        "--out writes it as fashion-mnist.csv with its charts and, when GD or GLD dynamic ran beside another dynamic, fashion-mnist-against-gd.csv or fashion-mnist-against-gld-dynamic.csv)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var paths = arguments.Files(minimum: 2, "two results files of fashion-mnist --csv to merge");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();

        var pieces = paths.Select(path => (path, File.ReadAllText(path))).ToArray();
        string merged;
        try
        {
            merged = FashionMnistRunFiles.Merge(pieces);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"cannot merge: {e.Message}");
        }
        output.Write(merged);
        FashionMnistOutputs.Write(outputs, merged, FashionMnistTable.FromCsv(merged), progress);
        return 0;
    }
}
