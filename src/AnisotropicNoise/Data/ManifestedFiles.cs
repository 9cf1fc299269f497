using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AnisotropicNoise.Data;

/// <summary>
/// Files written together into a folder and vouched for by a manifest written last: a key naming what
/// the files were made from, and each file's SHA-256. Every file, the manifest too, is written whole or
/// not at all, so a set without a valid manifest, or with a file that no longer matches its hash
/// (corrupt, truncated), is not used.
/// </summary>
internal static class ManifestedFiles
{
    // A file, not HTML: '+' of base64 integrity strings stays '+'.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="files"/> into <paramref name="directory"/>, then the manifest <paramref name="manifestName"/> with <paramref name="key"/> and their hashes.</summary>
    public static void Write(string directory, string manifestName, string key, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        Directory.CreateDirectory(directory);
        string manifest = Path.Combine(directory, manifestName);
        File.Delete(manifest);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in files)
        {
            AtomicFile.WriteAllBytes(Path.Combine(directory, name), bytes);
            hashes[name] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        }
        AtomicFile.WriteAllText(manifest, JsonSerializer.Serialize(new { key, files = hashes }, Indented));
    }

    /// <summary>
    /// Null when the manifest <paramref name="manifestName"/> in <paramref name="directory"/> has <paramref name="key"/>
    /// and lists each of <paramref name="names"/> with the hash the file has now; otherwise why not.
    /// </summary>
    public static string? Problem(string directory, string manifestName, string key, IEnumerable<string> names)
    {
        string manifest = Path.Combine(directory, manifestName);
        if (!File.Exists(manifest)) return $"{manifest} does not exist";
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            string? written = document.RootElement.GetProperty("key").GetString();
            if (written != key) return $"{manifest} is for {written}, not {key}";
            var files = document.RootElement.GetProperty("files");
            foreach (string name in names)
            {
                string path = Path.Combine(directory, name);
                if (!files.TryGetProperty(name, out var hash)) return $"{manifest} does not list {name}";
                if (!File.Exists(path)) return $"{path} is missing";
                using var stream = File.OpenRead(path);
                if (Convert.ToHexStringLower(SHA256.HashData(stream)) != hash.GetString())
                    return $"{path} does not match its SHA-256 in {manifestName} (corrupt or truncated)";
            }
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return $"{manifest} is not a valid manifest ({e.Message})";
        }
    }
}
