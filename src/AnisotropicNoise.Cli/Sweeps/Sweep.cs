using System.Globalization;
using System.Text;
using AnisotropicNoise.Cli.Commands;

namespace AnisotropicNoise.Cli.Sweeps;

/// <summary>
/// Runs, merges and schedules the tasks of a <see cref="SweepDescription"/>. Each task's result is the command's output,
/// written whole to <c>DIR/tasks/task-NNNN.csv</c> once the command succeeds; a task with its file is complete and is not
/// run again, so an interrupted sweep resumes where it stopped, and a cluster's array tasks write the same files.
/// </summary>
internal static class Sweep
{
    /// <summary>The folder of task results under <paramref name="directory"/>.</summary>
    public static string TasksFolder(string directory) => Path.Combine(directory, "tasks");

    /// <summary>Whether <paramref name="task"/>'s result is in <paramref name="directory"/>.</summary>
    public static bool IsComplete(SweepTask task, string directory) => File.Exists(Path.Combine(TasksFolder(directory), task.FileName));

    /// <summary>
    /// Runs every task not yet complete, <paramref name="jobs"/> at once, and says on <paramref name="progress"/> what it
    /// did with each; returns the indices of the tasks that failed (their error on <paramref name="progress"/>).
    /// </summary>
    public static IReadOnlyList<int> Run(SweepDescription sweep, string directory, int jobs, TextWriter progress, CancellationToken cancellationToken = default)
    {
        var tasks = sweep.Tasks;
        var pending = tasks.Where(t => !IsComplete(t, directory)).ToArray();
        Report(progress, $"{tasks.Count} tasks, {tasks.Count - pending.Length} complete already, {pending.Length} to run, {jobs} at once");
        var failed = new List<int>();
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken }, task =>
        {
            string? error = RunTask(sweep, task, directory);
            Report(progress, error is null ? $"task {task.Index}: done" : $"task {task.Index}: failed: {error}");
            if (error is not null) lock (failed) failed.Add(task.Index);
        });
        failed.Sort();
        return failed;
    }

    /// <summary>Runs <paramref name="task"/> and writes its result; returns null on success, else what went wrong.</summary>
    public static string? RunTask(SweepDescription sweep, SweepTask task, string directory)
    {
        var command = CommandList.Create().FirstOrDefault(c => c.Name == sweep.Command);
        if (command is null || command is SweepCommand) return $"no command named '{sweep.Command}' can run in a sweep.";
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var errors = new StringWriter(CultureInfo.InvariantCulture);
        int code;
        try
        {
            code = command.Run(new Arguments(sweep.ArgumentsOf(task), command.Flags), output, errors);
        }
        catch (Exception e) when (e is UsageException or ArgumentException or InvalidDataException or IOException)
        {
            return e.Message;
        }
        if (code != 0) return $"exit code {code}: {errors.ToString().Trim()}";
        Directory.CreateDirectory(TasksFolder(directory));
        AtomicFile.WriteAllText(Path.Combine(TasksFolder(directory), task.FileName), output.ToString());
        return null;
    }

    /// <summary>
    /// Every task's CSV rows in one table, each row led by its task's grid settings and seed (one column per option,
    /// named without its dashes); the tasks' <c>#</c> lines are dropped.
    /// </summary>
    /// <exception cref="InvalidDataException">A task is not complete, or the tasks' headers differ; the message names the task.</exception>
    public static string Merge(SweepDescription sweep, string directory)
    {
        var missing = sweep.Tasks.Where(t => !IsComplete(t, directory)).Select(t => t.Index).ToArray();
        if (missing.Length > 0) throw new InvalidDataException($"{missing.Length} tasks are not complete in {directory}: {string.Join(", ", missing)}; run the sweep first.");
        var merged = new StringBuilder();
        string? header = null;
        foreach (var task in sweep.Tasks)
        {
            var lines = File.ReadAllLines(Path.Combine(TasksFolder(directory), task.FileName)).Where(l => l.Length > 0 && l[0] != '#').ToArray();
            if (lines.Length == 0) throw new InvalidDataException($"task {task.Index} ({task.FileName}) holds no CSV.");
            if (header is null)
            {
                header = lines[0];
                merged.Append(string.Join(',', [.. sweep.Grid.Select(g => g.Option[2..]), sweep.SeedOption[2..], header])).Append('\n');
            }
            else if (lines[0] != header)
                throw new InvalidDataException($"task {task.Index} ({task.FileName}) has the header '{lines[0]}', task 0 '{header}': not one table.");
            string lead = string.Join(',', [.. task.Settings.Select(s => s.Value), task.Seed.ToString(CultureInfo.InvariantCulture)]);
            foreach (string row in lines.Skip(1)) merged.Append(lead).Append(',').Append(row).Append('\n');
        }
        return merged.ToString();
    }

    private static void Report(TextWriter progress, string line)
    {
        lock (progress) progress.WriteLine(line);
    }
}
