namespace AnisotropicNoise.Plotting.Notebooks;

/// <summary>
/// Guards notebooks against a stale build: a DLL that notebooks reference from the build output must be
/// newer than every source file of its project, or the notebook would show yesterday's code.
/// </summary>
public static class BuildFreshness
{
    private static readonly string[] _sourcePatterns = ["*.cs", "*.csproj"];

    /// <summary>
    /// For each <c>X.dll</c> in <paramref name="binaryFolder"/> whose project folder <c>X</c> exists under
    /// <paramref name="sourceFolder"/>, a message when a source file of that project is newer than the DLL.
    /// </summary>
    public static IReadOnlyList<string> StaleAssemblies(string binaryFolder, string sourceFolder)
    {
        if (!Directory.Exists(binaryFolder)) throw new DirectoryNotFoundException($"binaryFolder '{binaryFolder}' does not exist.");
        if (!Directory.Exists(sourceFolder)) throw new DirectoryNotFoundException($"sourceFolder '{sourceFolder}' does not exist.");
        var stale = new List<string>();
        foreach (var dll in new DirectoryInfo(binaryFolder).GetFiles("*.dll").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var project = new DirectoryInfo(Path.Combine(sourceFolder, Path.GetFileNameWithoutExtension(dll.Name)));
            if (!project.Exists) continue;
            var newest = _sourcePatterns
                .SelectMany(p => project.EnumerateFiles(p, SearchOption.AllDirectories))
                .MaxBy(f => f.LastWriteTimeUtc);
            if (newest is not null && newest.LastWriteTimeUtc > dll.LastWriteTimeUtc)
                stale.Add($"{dll.Name} (built {dll.LastWriteTimeUtc:u}) is older than {Path.GetRelativePath(sourceFolder, newest.FullName)} (changed {newest.LastWriteTimeUtc:u})");
        }
        return stale;
    }

    /// <summary>
    /// Finds the repository's <c>src</c> folder above <paramref name="binaryFolder"/> and throws if any DLL
    /// there is stale; does nothing when there is no such folder (the package was installed, not built here).
    /// </summary>
    /// <exception cref="InvalidOperationException">A DLL is older than its sources: rebuild first.</exception>
    public static void EnsureFresh(string binaryFolder)
    {
        string? sourceFolder = FindSourceFolder(binaryFolder);
        if (sourceFolder is null) return;
        var stale = StaleAssemblies(binaryFolder, sourceFolder);
        if (stale.Count > 0)
            throw new InvalidOperationException(
                $"stale build: {string.Join("; ", stale)}. Run `dotnet build -c Release` in the repository, then restart the kernel.");
    }

    /// <summary>The nearest <c>src</c> folder in <paramref name="binaryFolder"/> or one of its ancestors, or null.</summary>
    internal static string? FindSourceFolder(string binaryFolder)
    {
        for (var folder = new DirectoryInfo(binaryFolder); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "src");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
