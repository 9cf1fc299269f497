using AnisotropicNoise.Plotting.Export;
using AnisotropicNoise.Plotting.Notebooks;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>
/// Every notebook executed with quick settings through the Jupyter protocol (nbclient and the .NET kernelspec),
/// as a reader running it in JupyterLab or VS Code's Jupyter extension would; the <c>dotnet repl</c> path of
/// <see cref="NotebookTests"/> is what <c>reproduce</c> uses and needs no Python.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Notebooks)]
[Collection(KernelCollection.Name)]
public sealed class JupyterNotebookTests(NotebookKernel kernel)
{
    [SkippableFact]
    public void Every_notebook_runs_through_the_Jupyter_protocol_without_errors_with_counts_and_one_output_per_chart()
    {
        var host = JupyterHost.Start(kernel.Runner, out string reason);
        if (host is null)
        {
            if (Environment.GetEnvironmentVariable(JupyterHost.RequiredVariable) == "1")
                Assert.Fail($"{JupyterHost.RequiredVariable}=1 but {reason}");
            throw new SkipTestException(reason);
        }
        var environment = new Dictionary<string, string> { [Notebook.QuickVariable] = "1", [Notebook.HeadlessVariable] = "1" };
        var problems = new List<string>();
        foreach (string notebook in kernel.Runner.Notebooks())
        {
            var executed = host.Execute(notebook, kernel.Runner.NotebooksFolder, environment, TimeSpan.FromMinutes(15));
            string name = Path.GetFileName(notebook);
            problems.AddRange(ExecutedNotebookChecks.Problems(executed, name, expectImages: Chromium.Find() is not null));
            if (ExecutedNotebookChecks.Charts(executed) == 0) problems.Add($"{name}: no chart shown");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
