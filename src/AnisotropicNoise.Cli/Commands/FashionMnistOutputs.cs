using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>What <c>--out</c> holds for a results file of Fig. 3: the file, its charts and, when GD ran beside another dynamic, the comparison with GD.</summary>
internal static class FashionMnistOutputs
{
    /// <summary>Writes <paramref name="csv"/> as <c>fashion-mnist.csv</c> with <paramref name="table"/>'s charts and, where it applies, <c>fashion-mnist-against-gd.csv</c>; nothing without <c>--out</c>.</summary>
    public static void Write(OutputFolder outputs, string csv, FashionMnistTable table, TextWriter progress)
    {
        outputs.Write("fashion-mnist", csv, FashionMnistChart.All(table), progress);
        if (ComparesWithGd(table)) outputs.Write("fashion-mnist-against-gd", FashionMnistSummary.AgainstGd(table).ToCsv(), [], progress);
    }

    /// <summary>Whether GD ran beside at least one other dynamic, so that the comparison with GD exists.</summary>
    public static bool ComparesWithGd(FashionMnistTable table) => table.Dynamics.Contains("GD") && table.Dynamics.Count > 1;
}
