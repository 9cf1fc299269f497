using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Cli.Sweeps;
using AnisotropicNoise.Tests.Data;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Cli;

public class SweepCommandTests
{
    // 2 temperatures × 2 steps × 3 seeds = 12 tasks of a fast command (20 runs, censored at t = 2).
    internal const string Twelve = """
        { "command": "escape-time", "arguments": ["--landscape", "double-well", "--runs", "20", "--max-time", "2", "--threads", "1", "--csv"],
          "grid": { "--temperature": ["0.5", "1"], "--step": ["0.01", "0.02"] },
          "seeds": { "option": "--seed", "values": [1, 2, 3] } }
        """;

    [Fact]
    public void TheTasksAreTheGridTimesTheSeedsInOrderWithTheirArguments()
    {
        var sweep = SweepDescription.Parse(Twelve);
        var tasks = sweep.Tasks;
        Assert.Equal(12, tasks.Count);
        Assert.Equal(Enumerable.Range(0, 12), tasks.Select(t => t.Index));
        Assert.Equal([("--temperature", "0.5"), ("--step", "0.02")], tasks[3].Settings);
        Assert.Equal(1, tasks[3].Seed);
        Assert.Equal(["--landscape", "double-well", "--runs", "20", "--max-time", "2", "--threads", "1", "--csv", "--temperature", "1", "--step", "0.02", "--seed", "3"], sweep.ArgumentsOf(tasks[11]));
        Assert.Equal("task-0011.csv", tasks[11].FileName);
    }

    [Theory]
    [InlineData("[]", "JSON object")]
    [InlineData("""{ "seeds": { "option": "--seed", "values": [1] } }""", "'command' is missing")]
    [InlineData("""{ "command": "toy2d", "grid": { "--eta": [] }, "seeds": { "option": "--seed", "values": [1] } }""", "'--eta' has no values")]
    [InlineData("""{ "command": "toy2d", "grid": { "eta": ["1"] }, "seeds": { "option": "--seed", "values": [1] } }""", "'eta' is not an option")]
    [InlineData("""{ "command": "toy2d", "grid": { "--eta": ["1,2"] }, "seeds": { "option": "--seed", "values": [1] } }""", "comma")]
    [InlineData("""{ "command": "toy2d", "arguments": ["--seed", "4"], "seeds": { "option": "--seed", "values": [1] } }""", "absent from 'arguments'")]
    [InlineData("""{ "command": "toy2d", "seeds": { "option": "--seed", "values": [1, 1] } }""", "each once")]
    public void ABadDescriptionIsNamed(string json, string words)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("sweep.json"), json);
        var e = Assert.Throws<InvalidDataException>(() => SweepDescription.Load(folder.File("sweep.json")));
        Assert.Contains("sweep.json", e.Message);
        Assert.Contains(words, e.Message);
    }

    [Fact]
    public void ASweepMergesEveryTasksRowsLedByItsSettingsAndEachTaskIsTheCommandRunByHand()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("sweep.json"), Twelve);
        var (code, _) = CommandRunner.Run(new SweepCommand(), "run", folder.File("sweep.json"), "--out", folder.File("out"), "--jobs", "2");
        Assert.Equal(0, code);
        var (mergeCode, merged) = CommandRunner.Run(new SweepCommand(), "merge", folder.File("sweep.json"), "--out", folder.File("out"));
        Assert.Equal(0, mergeCode);
        var lines = merged.TrimEnd('\n').Split('\n');
        Assert.StartsWith("temperature,step,seed,temperature,step,runs,censored,mean,", lines[0]);
        Assert.Equal(13, lines.Length);
        Assert.Equal(merged, File.ReadAllText(folder.File("out/merged.csv")));
        var (_, byHand) = CommandRunner.Run(new EscapeTimeCommand(), "--landscape", "double-well", "--runs", "20", "--max-time", "2", "--threads", "1", "--csv", "--temperature", "1", "--step", "0.02", "--seed", "3");
        Assert.Equal("1,0.02,3," + byHand.Split('\n')[1], lines[12]);
    }

    [Fact]
    public void AnInterruptedSweepRunsOnlyItsMissingTasksAgainAndEndsWithTheSameResults()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("sweep.json"), Twelve);
        var sweep = SweepDescription.Load(folder.File("sweep.json"));
        string whole = folder.File("whole"), interrupted = folder.File("interrupted");
        Assert.Empty(Sweep.Run(sweep, whole, jobs: 1, TextWriter.Null));
        // Stop after five tasks (as a kill would: a task's file is written whole or not at all).
        using var cancel = new CancellationTokenSource();
        var stopping = new LineWatcher(line => { if (Directory.Exists(Sweep.TasksFolder(interrupted)) && Directory.GetFiles(Sweep.TasksFolder(interrupted)).Length >= 5) cancel.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() => Sweep.Run(sweep, interrupted, jobs: 1, stopping, cancel.Token));
        int before = Directory.GetFiles(Sweep.TasksFolder(interrupted)).Length;
        Assert.InRange(before, 5, 6);
        var log = new StringWriter();
        Assert.Empty(Sweep.Run(sweep, interrupted, jobs: 1, log));
        Assert.Contains($"{12 - before} to run", log.ToString());
        Assert.Equal(12 - before, log.ToString().Split('\n').Count(l => l.EndsWith(": done", StringComparison.Ordinal)));
        Assert.Equal(Sweep.Merge(sweep, whole), Sweep.Merge(sweep, interrupted));
    }

    [Fact]
    public void AKilledSweepProcessLeavesWholeTaskFilesAndTheRerunCompletesOnlyTheMissingOnes()
    {
        // Tasks of a second or so each (few runs escape at these temperatures: most run to t = 20), so that the kill lands half-way.
        const string slower = """
            { "command": "escape-time", "arguments": ["--landscape", "double-well", "--runs", "600", "--max-time", "20", "--step", "0.001", "--threads", "1", "--csv"],
              "grid": { "--temperature": ["0.05", "0.06"], "--height": ["1", "1.1"] },
              "seeds": { "option": "--seed", "values": [1, 2, 3] } }
            """;
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("sweep.json"), slower);
        string results = folder.File("out"), tasks = Sweep.TasksFolder(results);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "anisotropic-noise.dll")}\" sweep run \"{folder.File("sweep.json")}\" --out \"{results}\"")
            { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!(Directory.Exists(tasks) && Directory.GetFiles(tasks).Length >= 3) && clock.Elapsed < TimeSpan.FromMinutes(3)) Thread.Sleep(50);
            Assert.False(process.HasExited, "the sweep finished before it could be killed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var left = Directory.GetFiles(tasks);
        Assert.InRange(left.Length, 3, 11);
        Assert.All(left, f => Assert.Matches(@"task-\d{4}\.csv$", f)); // no temporary or partial files
        Assert.All(left, f => Assert.StartsWith("temperature,step,runs,", File.ReadAllText(f)));
        var log = new StringWriter();
        Assert.Empty(Sweep.Run(SweepDescription.Load(folder.File("sweep.json")), results, jobs: 2, log));
        Assert.Contains($"{left.Length} complete already, {12 - left.Length} to run", log.ToString());
        Assert.Equal(12, Directory.GetFiles(tasks).Length);
    }

    [Fact]
    public void MergingAnIncompleteSweepNamesTheMissingTasks()
    {
        using var folder = new TempDirectory();
        var sweep = SweepDescription.Parse(Twelve);
        Assert.Null(Sweep.RunTask(sweep, sweep.Tasks[0], folder.Path));
        var e = Assert.Throws<InvalidDataException>(() => Sweep.Merge(sweep, folder.Path));
        Assert.Contains("11 tasks are not complete", e.Message);
        Assert.Contains("1, 2, 3", e.Message);
    }

    [Fact]
    public void TheSlurmScriptIsAnArrayOfTheMissingTasksEachRunningThisCliOnItsIndex()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("sweep.json"), Twelve);
        var sweep = SweepDescription.Load(folder.File("sweep.json"));
        string results = folder.File("out");
        foreach (int i in new[] { 5, 6, 9 }) Assert.Null(Sweep.RunTask(sweep, sweep.Tasks[i], results));
        var (code, output) = CommandRunner.Run(new SweepCommand(), "slurm", folder.File("sweep.json"), "--out", results, "--time", "00:10:00", "--cpus", "4", "--mem", "2G");
        Assert.Equal(0, code);
        string script = File.ReadAllText(Path.Combine(results, "sweep.sbatch"));
        Assert.StartsWith("#!/bin/bash\n", script);
        Assert.Contains("#SBATCH --array=0-4,7-8,10-11\n", script);
        Assert.Contains("#SBATCH --cpus-per-task=4\n#SBATCH --time=00:10:00\n", script);
        Assert.Contains("#SBATCH --mem=2G\n", script);
        Assert.Contains($"#SBATCH --output={results}/logs/task-%a.out\n", script);
        Assert.Contains($"anisotropic-noise.dll' sweep task '{folder.File("sweep.json")}' --index \"$SLURM_ARRAY_TASK_ID\" --out '{results}'\n", script);
        Assert.Contains($"sbatch {results}/sweep.sbatch", output);
        Assert.Equal("0-2,4,9-11", SlurmScript.Ranges([0, 1, 2, 4, 9, 10, 11]));
        Assert.Contains("--time", Assert.Throws<UsageException>(() => CommandRunner.Run(new SweepCommand(), "slurm", folder.File("sweep.json"), "--out", results, "--time", "ten minutes")).Message);
    }

    [Fact]
    public void ATaskRunAsAnArrayTaskWouldIsTheSameFileAsTheLocalRunsAndSkipsWhenComplete()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("sweep.json"), Twelve);
        var sweep = SweepDescription.Load(folder.File("sweep.json"));
        Assert.Null(Sweep.RunTask(sweep, sweep.Tasks[7], folder.File("local")));
        var errors = new StringWriter();
        var command = new SweepCommand();
        Assert.Equal(0, command.Run(new Arguments(["task", folder.File("sweep.json"), "--index", "7", "--out", folder.File("array")], command.Flags), TextWriter.Null, errors));
        Assert.Equal(File.ReadAllText(folder.File("local/tasks/task-0007.csv")), File.ReadAllText(folder.File("array/tasks/task-0007.csv")));
        Assert.Equal(0, command.Run(new Arguments(["task", folder.File("sweep.json"), "--index", "7", "--out", folder.File("array")], command.Flags), TextWriter.Null, errors));
        Assert.Contains("task 7: complete already", errors.ToString());
        Assert.Throws<UsageException>(() => CommandRunner.Run(new SweepCommand(), "task", folder.File("sweep.json"), "--index", "12", "--out", folder.File("array")));
    }

    private sealed class LineWatcher(Action<string> onLine) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void WriteLine(string? value) => onLine(value ?? "");
    }
}

/// <summary>The 12-task sweep through a real Slurm: <c>sweep slurm</c>, <c>sbatch --wait</c>, <c>sweep merge</c>.</summary>
[Trait(TestCategory.Name, TestCategory.Slurm)]
public class SlurmSweepTests
{
    [SkippableFact]
    public void ASweepThroughSlurmMergesToTheSameCsvAsTheLocalRun()
    {
        using var slurm = LocalSlurm.Start();
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("sweep.json"), SweepCommandTests.Twelve);
        var sweep = SweepDescription.Load(folder.File("sweep.json"));
        Assert.Empty(Sweep.Run(sweep, folder.File("local"), jobs: 2, TextWriter.Null));
        var (code, _) = CommandRunner.Run(new SweepCommand(), "slurm", folder.File("sweep.json"), "--out", folder.File("cluster"), "--cpus", "1", "--time", "00:10:00");
        Assert.Equal(0, code);
        string submitted = slurm.Command("sbatch", $"--wait {folder.File("cluster/sweep.sbatch")}");
        Assert.StartsWith("Submitted batch job", submitted);
        Assert.Equal(12, Directory.GetFiles(folder.File("cluster/logs"), "task-*.out").Length);
        Assert.Equal(Sweep.Merge(sweep, folder.File("local")), Sweep.Merge(sweep, folder.File("cluster")));
    }
}
