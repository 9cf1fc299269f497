namespace AnisotropicNoise;

/// <summary>Writes output files whole or not at all, so a crash or a reader never sees half a file.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="contents"/> (UTF-8) to a temporary file beside <paramref name="path"/>, then renames it over <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        Write(path, temporary => File.WriteAllText(temporary, contents));
    }

    /// <summary>Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, then renames it over <paramref name="path"/>.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, temporary => File.WriteAllBytes(temporary, bytes));
    }

    /// <remarks>Creates the folder of <paramref name="path"/> if needed; the temporary file never outlives the call.</remarks>
    private static void Write(string path, Action<string> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
