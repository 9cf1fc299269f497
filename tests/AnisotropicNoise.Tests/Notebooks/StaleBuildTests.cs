using AnisotropicNoise.Tests.Support;
namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>
/// End to end inside the kernel: a repository copy whose built DLLs are older than a source file cannot
/// be used by a notebook; its setup cell fails and names the stale DLL and the newer source.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Notebooks)]
[Collection(KernelCollection.Name)]
public sealed class StaleBuildTests(NotebookKernel kernel)
{
    private const string Bin = "artifacts/bin/AnisotropicNoise.Plotting/release";

    [Fact]
    public void A_notebook_refuses_dlls_older_than_their_sources()
    {
        string root = kernel.Runner.RepositoryRoot;
        string copy = Directory.CreateTempSubdirectory("stale-repo-").FullName;
        var built = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        // A repository copy: the tool manifest, the built DLLs (dated `built`), the setup file and one newer source file.
        Copy(Path.Combine(root, ".config", "dotnet-tools.json"), Path.Combine(copy, ".config", "dotnet-tools.json"));
        foreach (string dll in Directory.GetFiles(Path.Combine(root, Bin), "*.dll"))
            File.SetLastWriteTimeUtc(Copy(dll, Path.Combine(copy, Bin, Path.GetFileName(dll))), built);
        Copy(Path.Combine(root, "notebooks", "setup.csx"), Path.Combine(copy, "notebooks", "setup.csx"));
        string source = Path.Combine(copy, "src", "AnisotropicNoise", "Noise", "Changed.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        File.WriteAllText(source, "// edited after the build");
        File.SetLastWriteTimeUtc(source, built.AddMinutes(1));

        var run = kernel.Runner.Run(NotebookKernel.WriteNotebook(AnisotropicNoise.Cli.Notebooks.NotebookRunner.SetupCell, "Console.WriteLine(1);"),
            workingDirectory: Path.Combine(copy, "notebooks"));

        Assert.Equal([1], run.Failures.Select(f => f.Cell));
        Assert.Contains("stale build: AnisotropicNoise.dll (built 2026-01-01 12:00:00Z) is older than AnisotropicNoise/Noise/Changed.cs (changed 2026-01-01 12:01:00Z)",
            run.Failures[0].Message);
    }

    private static string Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        return to;
    }
}
