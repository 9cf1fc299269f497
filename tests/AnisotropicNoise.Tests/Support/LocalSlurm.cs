using System.Diagnostics;

namespace AnisotropicNoise.Tests.Support;

/// <summary>
/// A private single-node Slurm cluster on this host (Debian's <c>slurm-wlm</c> and <c>munge</c>): munged if none runs,
/// then slurmctld and slurmd with a configuration, ports and state folders of their own, stopped on dispose. It needs
/// root (Slurm runs jobs as their user; munged needs its key); <see cref="Start"/> throws <see cref="SkipTestException"/>
/// with the reason where it cannot run, unless <c>ANISOTROPIC_NOISE_REQUIRE_SLURM=1</c> (CI), which turns that into a failure.
/// </summary>
internal sealed class LocalSlurm : IDisposable
{
    private readonly string _folder;
    private readonly List<Process> _daemons = [];

    private LocalSlurm(string folder) => _folder = folder;

    /// <summary>The configuration file; pass it as <c>SLURM_CONF</c> to every Slurm command.</summary>
    public string Configuration => Path.Combine(_folder, "slurm.conf");

    public static LocalSlurm Start()
    {
        string? missing = new[] { "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged", "/usr/bin/sbatch" }.FirstOrDefault(p => !File.Exists(p));
        if (missing is not null) Unavailable($"{missing} is not installed (Debian packages slurm-wlm and munge)");
        if (Environment.UserName != "root") Unavailable("a private Slurm cluster needs root");
        string folder = Path.Combine(Path.GetTempPath(), "anisotropic-noise-slurm-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "state"));
        Directory.CreateDirectory(Path.Combine(folder, "spool"));
        string host = Run("hostname", "-s").Trim();
        int port = 20000 + Random.Shared.Next(20000);
        File.WriteAllText(Path.Combine(folder, "slurm.conf"), $"""
            ClusterName=anisotropic{port}
            SlurmctldHost={host}(127.0.0.1)
            SlurmctldPort={port}
            SlurmdPort={port + 1}
            SlurmUser=root
            SlurmdUser=root
            AuthType=auth/munge
            StateSaveLocation={folder}/state
            SlurmdSpoolDir={folder}/spool
            SlurmctldPidFile={folder}/slurmctld.pid
            SlurmdPidFile={folder}/slurmd.pid
            SlurmctldLogFile={folder}/slurmctld.log
            SlurmdLogFile={folder}/slurmd.log
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            ReturnToService=2
            MpiDefault=none
            JobAcctGatherType=jobacct_gather/none
            AccountingStorageType=accounting_storage/none
            NodeName={host} NodeAddr=127.0.0.1 CPUs={Environment.ProcessorCount} RealMemory=2000 State=UNKNOWN
            PartitionName=test Nodes={host} Default=YES MaxTime=INFINITE State=UP
            """);
        var slurm = new LocalSlurm(folder);
        try
        {
            if (!MungeAnswers())
            {
                // --force: a munged that died (or a container restarted) leaves its socket behind
                Directory.CreateDirectory("/run/munge");
                Run("chown", "munge:munge /run/munge");
                Run("su", "-s /bin/sh munge -c \"/usr/sbin/munged --force\"");
                if (!MungeAnswers()) throw new InvalidOperationException("munged started but `munge -n` still fails.");
            }
            slurm._daemons.Add(slurm.Daemon("/usr/sbin/slurmctld", "-D"));
            slurm._daemons.Add(slurm.Daemon("/usr/sbin/slurmd", "-D"));
            slurm.WaitForIdleNode(TimeSpan.FromSeconds(90));
            return slurm;
        }
        catch
        {
            slurm.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Polls <c>sinfo</c> until the node is idle. A freshly started slurmctld refuses connections for a while (longer on
    /// a busy machine), so a failing <c>sinfo</c> means "not yet" until the deadline or until a daemon has exited.
    /// </summary>
    private void WaitForIdleNode(TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        string last = "";
        while (true)
        {
            try
            {
                last = Command("sinfo", "-h -o %t");
                if (last.Contains("idle", StringComparison.Ordinal)) return;
            }
            catch (InvalidOperationException error)
            {
                last = error.Message;
            }
            var exited = _daemons.FirstOrDefault(d => d.HasExited);
            if (exited is not null || clock.Elapsed > deadline)
            {
                string why = exited is null ? $"did not come up in {deadline.TotalSeconds:0} s" : $"lost a daemon (exit code {exited.ExitCode})";
                throw new InvalidOperationException($"the private Slurm cluster {why}; last sinfo: {last.Trim()}\nslurmctld log:\n{Log("slurmctld.log")}\nslurmd log:\n{Log("slurmd.log")}");
            }
            Thread.Sleep(500);
        }
    }

    private static bool MungeAnswers()
    {
        try
        {
            Run("munge", "-n");
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private string Log(string name)
    {
        string path = Path.Combine(_folder, name);
        return File.Exists(path) ? File.ReadAllText(path) : "(none written)";
    }

    /// <summary>Runs a Slurm client command against this cluster and returns its standard output.</summary>
    public string Command(string name, string arguments) => Run(name, arguments, ("SLURM_CONF", Configuration));

    public void Dispose()
    {
        foreach (var daemon in _daemons)
        {
            if (!daemon.HasExited) daemon.Kill(entireProcessTree: true);
            daemon.WaitForExit();
            daemon.Dispose();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a job's files may still be closing; the folder is in the temp area
        }
    }

    private Process Daemon(string path, string arguments)
    {
        var start = new ProcessStartInfo(path, $"-f {Configuration} {arguments}") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SLURM_CONF"] = Configuration;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Run(string name, string arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(name, arguments) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{name} {arguments}: exit code {process.ExitCode}: {error.Result}");
        return output;
    }

    private static void Unavailable(string reason)
    {
        if (Environment.GetEnvironmentVariable("ANISOTROPIC_NOISE_REQUIRE_SLURM") == "1")
            throw new InvalidOperationException($"Slurm is required here (ANISOTROPIC_NOISE_REQUIRE_SLURM=1) but {reason}.");
        throw new SkipTestException($"no Slurm: {reason}.");
    }
}
