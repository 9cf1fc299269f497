using AnisotropicNoise.Cli.Notebooks;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>One runner for all kernel tests: finds the repository and installs the pinned tools once.</summary>
public sealed class NotebookKernel
{
    public NotebookKernel()
    {
        Runner = new NotebookRunner(NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory), TimeSpan.FromMinutes(15));
        Runner.RestoreTools();
    }

    internal NotebookRunner Runner { get; }

    /// <summary>Writes a notebook of the given cells (markdown cells start with "# ") into a fresh folder and returns its path.</summary>
    public static string WriteNotebook(params string[] cells)
    {
        string folder = Directory.CreateTempSubdirectory("notebook-test-").FullName;
        var json = new System.Text.Json.Nodes.JsonObject
        {
            ["cells"] = new System.Text.Json.Nodes.JsonArray(cells.Select(Cell).ToArray()),
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 2,
        };
        string path = Path.Combine(folder, "test.ipynb");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    private static System.Text.Json.Nodes.JsonNode Cell(string source) => source.StartsWith("# ", StringComparison.Ordinal)
        ? new System.Text.Json.Nodes.JsonObject { ["cell_type"] = "markdown", ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["source"] = source }
        : new System.Text.Json.Nodes.JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new System.Text.Json.Nodes.JsonObject { ["dotnet_interactive"] = new System.Text.Json.Nodes.JsonObject { ["language"] = "csharp" } },
            ["outputs"] = new System.Text.Json.Nodes.JsonArray(),
            ["source"] = source,
        };
}

/// <summary>Kernel tests share one collection: they run one after another, each kernel using both cores.</summary>
[CollectionDefinition(Name)]
public sealed class KernelCollection : ICollectionFixture<NotebookKernel>
{
    public const string Name = "notebook kernel";
}
