using System.Diagnostics;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>What a finished program returned: its exit code and everything it wrote.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">All of standard output.</param>
/// <param name="StandardError">All of standard error.</param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs a program to completion with a time limit, capturing its output.</summary>
public static class ExternalProcess
{
    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>,
    /// with <paramref name="environment"/> added to this process's environment.
    /// </summary>
    /// <exception cref="TimeoutException">The program ran longer than <paramref name="timeout"/>; it and its children are killed.</exception>
    public static ProcessResult Run(string program, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(program);
        if (timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "timeout must be > 0.");
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start '{program}'.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'{program} {string.Join(' ', start.ArgumentList)}' ran longer than {timeout.TotalSeconds:0} s and was stopped.");
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}
