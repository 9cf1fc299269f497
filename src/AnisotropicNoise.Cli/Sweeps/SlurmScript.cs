using System.Text;

namespace AnisotropicNoise.Cli.Sweeps;

/// <summary>
/// An <c>sbatch</c> job-array script for a sweep: one array task per sweep task not yet complete, each running this
/// CLI's <c>sweep task</c> with its index, so that cluster and local results are the same files, bit for bit.
/// </summary>
internal static class SlurmScript
{
    /// <summary>The script's text.</summary>
    /// <param name="sweep">The sweep.</param>
    /// <param name="descriptionPath">The sweep file, as the array tasks will read it.</param>
    /// <param name="directory">The results folder (<c>tasks/</c> and <c>logs/</c> go under it).</param>
    /// <param name="cli">How to start this CLI on the cluster's nodes.</param>
    /// <param name="time">The time limit of each array task (<c>HH:MM:SS</c>).</param>
    /// <param name="cpus">CPUs per array task.</param>
    /// <param name="memory">Memory per array task (<c>4G</c>), or null for the cluster's default.</param>
    /// <param name="partition">The partition, or null for the default.</param>
    /// <exception cref="InvalidOperationException">Every task is complete already.</exception>
    public static string Create(SweepDescription sweep, string descriptionPath, string directory, string cli, string time, int cpus, string? memory, string? partition)
    {
        int[] pending = [.. sweep.Tasks.Where(t => !Sweep.IsComplete(t, directory)).Select(t => t.Index)];
        if (pending.Length == 0) throw new InvalidOperationException("every task is complete already: nothing to submit.");
        var script = new StringBuilder("#!/bin/bash\n")
            .Append("#SBATCH --job-name=sweep-").Append(sweep.Command).Append('\n')
            .Append("#SBATCH --array=").Append(Ranges(pending)).Append('\n')
            .Append("#SBATCH --cpus-per-task=").Append(cpus).Append('\n')
            .Append("#SBATCH --time=").Append(time).Append('\n')
            .Append("#SBATCH --output=").Append(Path.Combine(Path.GetFullPath(directory), "logs", "task-%a.out")).Append('\n');
        if (memory is not null) script.Append("#SBATCH --mem=").Append(memory).Append('\n');
        if (partition is not null) script.Append("#SBATCH --partition=").Append(partition).Append('\n');
        return script.Append("set -euo pipefail\n")
            .Append("exec ").Append(cli).Append(" sweep task ").Append(Quote(Path.GetFullPath(descriptionPath)))
            .Append(" --index \"$SLURM_ARRAY_TASK_ID\" --out ").Append(Quote(Path.GetFullPath(directory))).Append('\n')
            .ToString();
    }

    /// <summary>How this CLI is started here: <c>dotnet</c> on its own assembly, which works on any node that sees this folder.</summary>
    public static string ThisCli() => $"dotnet {Quote(Path.Combine(AppContext.BaseDirectory, "anisotropic-noise.dll"))}";

    /// <summary>Indices as Slurm's array syntax: runs of consecutive ones as ranges, <c>0-4,7,9-11</c>.</summary>
    public static string Ranges(IReadOnlyList<int> sorted)
    {
        var parts = new List<string>();
        for (int i = 0; i < sorted.Count;)
        {
            int j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(i == j ? $"{sorted[i]}" : $"{sorted[i]}-{sorted[j]}");
            i = j + 1;
        }
        return string.Join(',', parts);
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
