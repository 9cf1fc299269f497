using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// <c>fashion-mnist-tables RUNS.csv …</c>: from results files of <c>fashion-mnist --csv</c>, one a start point, the table of
/// the start points (<see cref="FashionMnistSummary.Starts"/>), the table of every comparison with GD
/// (<see cref="FashionMnistSummary.AgainstGd(IReadOnlyList{FashionMnistTable}, string?)"/>) and of every comparison with
/// isotropic noise of SGD's size (<see cref="FashionMnistAgainstIsotropic.Table"/>).
/// </summary>
internal sealed class FashionMnistTablesCommand : ICommand
{
    public string Name => "fashion-mnist-tables";

    public string Summary => "Fig. 3 across start points: each start described, every dynamic against GD and against GLD dynamic with 95 % intervals, from saved run files";

    public string Usage =>
        "anisotropic-noise fashion-mnist-tables RUNS.csv [RUNS.csv …] [--csv] " + OutputFolder.Usage +
        "  (each RUNS.csv a results file of fashion-mnist --csv; --out writes fashion-mnist-starts.csv, fashion-mnist-against-gd-every-start.csv and fashion-mnist-against-gld-dynamic-every-start.csv)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var paths = arguments.Files(minimum: 1, "one results file of fashion-mnist --csv");
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();

        var tables = new List<FashionMnistTable>();
        foreach (string path in paths)
        {
            try
            {
                tables.Add(FashionMnistTable.Load(path));
            }
            catch (InvalidDataException e)
            {
                throw new UsageException($"not a results file of fashion-mnist --csv: {e.Message}");
            }
        }
        var starts = FashionMnistSummary.Starts(tables);
        var againstGd = FashionMnistSummary.AgainstGd(tables);
        var againstIsotropic = FashionMnistAgainstIsotropic.Table(tables);
        output.Write(string.Join("\n", new[] { starts, againstGd, againstIsotropic }.Select(t => csv ? t.ToCsv() : t.ToText())));
        outputs.Write("fashion-mnist-starts", starts.ToCsv(), [], progress);
        outputs.Write("fashion-mnist-against-gd-every-start", againstGd.ToCsv(), [], progress);
        outputs.Write("fashion-mnist-against-gld-dynamic-every-start", againstIsotropic.ToCsv(), [], progress);
        return 0;
    }
}
