using System.Text.RegularExpressions;
using AnisotropicNoise.Cli.Sweeps;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>sweep</c>: seeds × settings of any command as independent tasks, run here or as a Slurm job array, and merged into one CSV.</summary>
internal sealed partial class SweepCommand : ICommand
{
    public string Name => "sweep";

    public string Summary => "a grid of settings × seeds of any command: run it here (resumable), write a Slurm job array for it, merge the results";

    public string Usage =>
        "anisotropic-noise sweep run FILE --out DIR [--jobs N] | sweep task FILE --index I --out DIR | sweep merge FILE --out DIR | " +
        "sweep slurm FILE --out DIR [--time HH:MM:SS] [--cpus N] [--mem 4G] [--partition P]  " +
        "(FILE: {\"command\": \"escape-time\", \"arguments\": [\"--csv\"], \"grid\": {\"--temperature\": [\"0.25\", \"0.5\"]}, \"seeds\": {\"option\": \"--seed\", \"values\": [1, 2]}}; " +
        "results in DIR/tasks/task-NNNN.csv, merged in DIR/merged.csv)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        string action = arguments.Operand(0) ?? throw new UsageException("name the action: run, task, merge or slurm.");
        string file = arguments.Operand(1) ?? throw new UsageException("name the sweep file.");
        string directory = arguments.Text("out") ?? throw new UsageException("--out DIR names the results folder.");
        SweepDescription sweep;
        try
        {
            sweep = SweepDescription.Load(file);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
        switch (action)
        {
            case "run":
            {
                int jobs = arguments.Int("jobs", 1, min: 1);
                arguments.EnsureAllUsed();
                var failed = Sweep.Run(sweep, directory, jobs, progress);
                if (failed.Count > 0)
                {
                    progress.WriteLine($"{failed.Count} tasks failed: {string.Join(", ", failed)}; fix and run again (complete tasks are kept).");
                    return 1;
                }
                progress.WriteLine($"every task complete; merge: anisotropic-noise sweep merge {file} --out {directory}");
                return 0;
            }
            case "task":
            {
                int index = arguments.Int("index", -1, min: 0);
                arguments.EnsureAllUsed();
                var tasks = sweep.Tasks;
                if (index < 0 || index >= tasks.Count) throw new UsageException($"--index must be 0 to {tasks.Count - 1}.");
                if (Sweep.IsComplete(tasks[index], directory))
                {
                    progress.WriteLine($"task {index}: complete already");
                    return 0;
                }
                string? error = Sweep.RunTask(sweep, tasks[index], directory);
                progress.WriteLine(error is null ? $"task {index}: done" : $"task {index}: failed: {error}");
                return error is null ? 0 : 1;
            }
            case "merge":
            {
                arguments.EnsureAllUsed();
                string merged;
                try
                {
                    merged = Sweep.Merge(sweep, directory);
                }
                catch (InvalidDataException e)
                {
                    progress.WriteLine($"error: {e.Message}");
                    return 1;
                }
                string path = Path.Combine(directory, "merged.csv");
                AtomicFile.WriteAllText(path, merged);
                output.Write(merged);
                progress.WriteLine($"wrote {path}");
                return 0;
            }
            case "slurm":
            {
                string time = arguments.Text("time") ?? "01:00:00";
                if (!TimeLimit().IsMatch(time)) throw new UsageException($"--time must be [D-]HH:MM:SS, not '{time}'.");
                int cpus = arguments.Int("cpus", 2, min: 1);
                string? memory = arguments.Text("mem");
                string? partition = arguments.Text("partition");
                arguments.EnsureAllUsed();
                string script;
                try
                {
                    script = SlurmScript.Create(sweep, file, directory, SlurmScript.ThisCli(), time, cpus, memory, partition);
                }
                catch (InvalidOperationException e)
                {
                    progress.WriteLine(e.Message);
                    return 0;
                }
                Directory.CreateDirectory(Path.Combine(directory, "logs"));
                string path = Path.Combine(directory, "sweep.sbatch");
                AtomicFile.WriteAllText(path, script);
                output.WriteLine($"sbatch {path}");
                output.WriteLine($"anisotropic-noise sweep merge {file} --out {directory}   # once the array has finished");
                return 0;
            }
            default:
                throw new UsageException($"the action must be run, task, merge or slurm, not '{action}'.");
        }
    }

    [GeneratedRegex(@"^(\d+-)?\d{1,2}:\d{2}:\d{2}$")]
    private static partial Regex TimeLimit();
}
