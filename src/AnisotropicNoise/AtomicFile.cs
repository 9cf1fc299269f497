namespace AnisotropicNoise;

/// <summary>Writes output files whole or not at all, so a crash or a reader never sees half a file.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="contents"/> to a temporary file beside <paramref name="path"/>, then renames it over <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string contents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(contents);
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, contents);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
