using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Notebooks;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>A stale build cannot reach a notebook: the setup refuses DLLs older than their sources.</summary>
public sealed class BuildFreshnessTests
{
    private static readonly DateTime Built = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_source_file_newer_than_its_dll_is_reported_by_name()
    {
        var (bin, src) = Layout(sourceTime: Built.AddSeconds(1));
        var stale = BuildFreshness.StaleAssemblies(bin, src);
        Assert.Equal("Pkg.dll (built 2026-01-01 12:00:00Z) is older than Pkg/Sub/Code.cs (changed 2026-01-01 12:00:01Z)",
            Assert.Single(stale).Replace('\\', '/'));
        var e = Assert.Throws<InvalidOperationException>(() => BuildFreshness.EnsureFresh(bin));
        Assert.Contains("stale build: Pkg.dll", e.Message);
    }

    [Fact]
    public void Sources_older_than_the_dll_and_dlls_without_a_project_pass()
    {
        var (bin, src) = Layout(sourceTime: Built.AddSeconds(-1));
        File.WriteAllBytes(Path.Combine(bin, "Dependency.dll"), [1]);
        Assert.Empty(BuildFreshness.StaleAssemblies(bin, src));
        BuildFreshness.EnsureFresh(bin);
    }

    [Fact]
    public void The_dlls_that_setup_csx_loads_are_fresh_and_are_the_ones_checked()
    {
        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string setup = File.ReadAllText(Path.Combine(root, "notebooks", "setup.csx"));
        const string bin = "../artifacts/bin/AnisotropicNoise.Plotting/release/";
        Assert.Contains($"#r \"{bin}AnisotropicNoise.dll\"", setup);
        Assert.Contains($"#r \"{bin}AnisotropicNoise.Plotting.dll\"", setup);
        string folder = Path.GetFullPath(Path.Combine(root, "notebooks", bin));
        Assert.Equal(Path.Combine(root, "src"), BuildFreshness.FindSourceFolder(folder));
        Assert.Empty(BuildFreshness.StaleAssemblies(folder, Path.Combine(root, "src")));
    }

    private static (string Bin, string Src) Layout(DateTime sourceTime)
    {
        string root = Directory.CreateTempSubdirectory("freshness-").FullName;
        string bin = Directory.CreateDirectory(Path.Combine(root, "artifacts", "bin", "Pkg", "release")).FullName;
        string src = Directory.CreateDirectory(Path.Combine(root, "src")).FullName;
        string dll = Path.Combine(bin, "Pkg.dll");
        File.WriteAllBytes(dll, [1]);
        File.SetLastWriteTimeUtc(dll, Built);
        string code = Path.Combine(Directory.CreateDirectory(Path.Combine(src, "Pkg", "Sub")).FullName, "Code.cs");
        File.WriteAllText(code, "class C {}");
        File.SetLastWriteTimeUtc(code, sourceTime);
        string project = Path.Combine(src, "Pkg", "Pkg.csproj");
        File.WriteAllText(project, "<Project />");
        File.SetLastWriteTimeUtc(project, Built.AddSeconds(-10));
        return (bin, src);
    }
}
