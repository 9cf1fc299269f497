using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests;

/// <summary>The README's network snippet is the code below, line for line, and it measures what it says.</summary>
[Trait(TestCategory.Name, TestCategory.Experiments)]
public class ReadmeSnippetTests
{
    [Fact]
    public async Task The_README_snippet_is_this_code_and_measures_Tr_H_Sigma_of_SGD_for_the_FashionMNIST_CNN()
    {
        // README snippet
        var data = await FashionMnistData.LoadAsync(FashionMnistSettings.Paper);
        var objective = new NetworkObjective(SmallCnn.Create(), data.Training.ToExamples());
        var theta = objective.Network.InitializeParameters(seed: 2019);
        var indicators = HessianAt.Of(objective, theta).TraceWith(SgdNoise.At(objective, theta, batchSize: 20));
        Console.WriteLine($"Tr(HΣ) = {indicators.TraceHSigma}, Tr(HΣ)/Tr(HΣ̄) = {indicators.Ratio}");
        // end of README snippet

        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string test = File.ReadAllText(Path.Combine(root, "tests", "AnisotropicNoise.Tests", "ReadmeSnippetTests.cs"));
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Assert.Equal(Lines(Between(test, "// README snippet\n", "// end of README snippet")),
            Lines(Between(readme, "// (usings: AnisotropicNoise.Experiments.FashionMnist, .Indicators, .Networks, .Noise)\n", "```")));

        Assert.Equal(1200, data.Training.Count);
        Assert.Equal(objective.Dimension, indicators.Dimension);
        Assert.True(indicators.TraceSigma > 0 && indicators.TraceHSigma.StandardError > 0, $"{indicators}");
        Assert.Equal(indicators.TraceHSigma.Value / indicators.TraceHSigmaBar.Value, indicators.Ratio.Value, 1e-12 * Math.Abs(indicators.Ratio.Value));
        Assert.True(indicators.Products >= 1200 / 20 + 100, $"{indicators.Products} products: one per minibatch and per probe at least");
        // The README quotes what the snippet prints on the real data; same seed, same numbers.
        if (!data.IsStandIn)
            Assert.Contains($"prints `Tr(HΣ) = {indicators.TraceHSigma}, Tr(HΣ)/Tr(HΣ̄) = {indicators.Ratio}`", readme);
    }

    private static string Between(string text, string start, string end)
    {
        text = text.ReplaceLineEndings("\n");
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start.Trim()}' not found");
        from += start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string[] Lines(string block) =>
        block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
}
