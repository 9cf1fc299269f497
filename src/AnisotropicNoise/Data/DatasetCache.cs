using System.Security.Cryptography;

namespace AnisotropicNoise.Data;

/// <summary>
/// A local folder of verified dataset files, filled on demand from a list of mirrors. A download
/// goes to a temporary file in the folder, is checked against the file's checksums (SHA-256 where on record, MD5, size where given), and only
/// then renamed into place, so a failed or corrupt download leaves nothing behind. Files already in
/// the folder (downloaded earlier or put there by hand) are verified the same way before use.
/// </summary>
public sealed class DatasetCache
{
    private readonly HttpMessageInvoker _http;

    /// <summary>
    /// Creates the cache in <paramref name="directory"/> for a dataset's <paramref name="files"/>,
    /// served under each of <paramref name="mirrors"/> (tried in order); <paramref name="handler"/>
    /// replaces the default HTTP handler (tests pass a fake one).
    /// </summary>
    public DatasetCache(string directory, IReadOnlyList<DatasetFile> files, IReadOnlyList<Uri> mirrors, HttpMessageHandler? handler = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(mirrors);
        if (files.Count == 0) throw new ArgumentException("files must list at least one file.", nameof(files));
        Files = files;
        if (mirrors.Count == 0) throw new ArgumentException("mirrors must list at least one base address.", nameof(mirrors));
        Directory = Path.GetFullPath(directory);
        Mirrors = mirrors;
        // A bounded connect timeout, so that a machine without network fails in seconds, not minutes.
        _http = new HttpMessageInvoker(handler ?? new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(30) }, disposeHandler: handler is null);
    }

    /// <summary>The folder holding the verified files.</summary>
    public string Directory { get; }

    /// <summary>The dataset's files.</summary>
    public IReadOnlyList<DatasetFile> Files { get; }

    /// <summary>The base addresses tried in order.</summary>
    public IReadOnlyList<Uri> Mirrors { get; }

    /// <summary>
    /// The local path of <paramref name="file"/>, verified, downloading it first if it is absent or
    /// does not match its checksums (unless <paramref name="download"/> is false: then only the folder is looked at).
    /// </summary>
    /// <exception cref="DatasetUnavailableException">No verified copy in the folder and no mirror delivered one (or downloads are off).</exception>
    public async Task<string> GetAsync(DatasetFile file, bool download = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!Files.Contains(file)) throw new ArgumentException($"{file.Name} is not one of this dataset's files.", nameof(file));
        string path = Path.Combine(Directory, file.Name);
        if (File.Exists(path) && await MatchesAsync(path, file, cancellationToken).ConfigureAwait(false)) return path;
        if (!download)
            throw new DatasetUnavailableException(OfflineMessage(file, [File.Exists(path) ? $"{path} does not match its checksums" : $"{path} does not exist"]));
        System.IO.Directory.CreateDirectory(Directory);
        var failures = new List<string>();
        Exception? last = null;
        foreach (var mirror in Mirrors)
        {
            var address = new Uri(mirror, file.Name);
            string temporary = Path.Combine(Directory, $"{file.Name}.{Guid.NewGuid():N}.download");
            try
            {
                await DownloadAsync(address, temporary, cancellationToken).ConfigureAwait(false);
                if (await MatchesAsync(temporary, file, cancellationToken).ConfigureAwait(false))
                {
                    File.Move(temporary, path, overwrite: true);
                    return path;
                }
                failures.Add($"{address}: checksum mismatch (expected {(file.Sha256 is null ? "" : $"SHA-256 {file.Sha256}, ")}MD5 {file.Md5})");
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                failures.Add($"{address}: {e.Message}");
                last = e;
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        throw new DatasetUnavailableException(OfflineMessage(file, failures), last);
    }

    private async Task DownloadAsync(Uri address, string temporary, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var target = File.Create(temporary);
        await response.Content.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> MatchesAsync(string path, DatasetFile file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        if (file.Size is long size && stream.Length != size) return false;
        if (file.Sha256 is not null && Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false)) != file.Sha256) return false;
        stream.Position = 0;
        return Convert.ToHexStringLower(await MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false)) == file.Md5;
    }

    private string OfflineMessage(DatasetFile file, List<string> failures)
    {
        var names = string.Join(", ", Files.Select(f => f.Name));
        return $"Could not obtain {file.Name}: {string.Join("; ", failures)}. Without network access, download the files " +
               $"{names} from {Mirrors[0]} on another machine and put them, as they are, in {Directory}; they are " +
               "checked against their published checksums before use.";
    }
}
