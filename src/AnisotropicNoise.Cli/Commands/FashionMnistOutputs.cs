using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// What <c>--out</c> holds for a results file of Fig. 3: the file, its charts and, when GD ran beside another dynamic, the
/// comparison with GD; when GLD dynamic ran beside another noise, the comparison with isotropic noise of SGD's size.
/// </summary>
internal static class FashionMnistOutputs
{
    /// <summary>
    /// Writes <paramref name="csv"/> as <c>fashion-mnist.csv</c> with <paramref name="table"/>'s charts and, where they apply,
    /// <c>fashion-mnist-against-gd.csv</c> and <c>fashion-mnist-against-gld-dynamic.csv</c>; nothing without <c>--out</c>.
    /// </summary>
    public static void Write(OutputFolder outputs, string csv, FashionMnistTable table, TextWriter progress)
    {
        outputs.Write("fashion-mnist", csv, FashionMnistChart.All(table), progress);
        if (FashionMnistSummary.ComparedWithGd(table).Any()) outputs.Write("fashion-mnist-against-gd", FashionMnistSummary.AgainstGd(table).ToCsv(), [], progress);
        if (FashionMnistAgainstIsotropic.ComparedWithBaseline(table).Any()) outputs.Write("fashion-mnist-against-gld-dynamic", FashionMnistAgainstIsotropic.Table([table]).ToCsv(), [], progress);
    }
}
