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
            if (!File.Exists("/run/munge/munge.socket.2"))
            {
                Directory.CreateDirectory("/run/munge");
                Run("chown", "munge:munge /run/munge");
                Run("su", "-s /bin/sh munge -c /usr/sbin/munged");
            }
            slurm._daemons.Add(slurm.Daemon("/usr/sbin/slurmctld", "-D"));
            slurm._daemons.Add(slurm.Daemon("/usr/sbin/slurmd", "-D"));
            var clock = Stopwatch.StartNew();
            while (!slurm.Command("sinfo", "-h -o %t").Contains("idle", StringComparison.Ordinal))
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new InvalidOperationException($"the node did not come up in 60 s; slurmctld log:\n{File.ReadAllText(Path.Combine(folder, "slurmctld.log"))}");
                Thread.Sleep(500);
            }
            return slurm;
        }
        catch
        {
            slurm.Dispose();
            throw;
        }
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
