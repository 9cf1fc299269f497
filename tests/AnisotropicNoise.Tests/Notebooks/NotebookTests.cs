using AnisotropicNoise.Tests.Support;
using AnisotropicNoise.Cli.Notebooks;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>Executes every notebook of <c>notebooks/</c> headless with quick settings: one case per notebook, naming the failing cells.</summary>
[Trait(TestCategory.Name, TestCategory.Notebooks)]
[Collection(KernelCollection.Name)]
public sealed class NotebookTests(NotebookKernel kernel)
{
    public static TheoryData<string> Notebooks()
    {
        var root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        return new TheoryData<string>(Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order()!);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_runs_without_errors(string notebook)
    {
        var run = kernel.Runner.Run(Path.Combine(kernel.Runner.NotebooksFolder, notebook),
            environment: new Dictionary<string, string> { [AnisotropicNoise.Plotting.Notebooks.Notebook.QuickVariable] = "1" });
        Assert.True(run.Succeeded, run.Describe());
        var original = NotebookDocument.Load(run.Notebook);
        int first = Enumerable.Range(0, original.Cells.Count).First(original.IsCode);
        Assert.Equal(NotebookRunner.SetupCell, original.Source(first).ReplaceLineEndings("\n").Trim());
        Assert.Equal(original.Cells.Count, run.Executed!.Cells.Count);
    }
}
