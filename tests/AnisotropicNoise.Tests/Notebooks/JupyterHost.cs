using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>
/// A Jupyter client (Python's nbclient, as JupyterLab and VS Code's Jupyter extension drive kernels) with the
/// .NET kernelspec installed by the repository's pinned <c>dotnet-interactive</c> into a private folder.
/// </summary>
internal sealed class JupyterHost
{
    /// <summary>Set to <c>1</c> (by <c>.ci/run</c>), a missing Jupyter client fails the test instead of skipping it.</summary>
    public const string RequiredVariable = "ANISOTROPIC_NOISE_REQUIRE_JUPYTER";

    /// <summary>A Python interpreter to try before the usual ones.</summary>
    public const string PythonVariable = "ANISOTROPIC_NOISE_PYTHON";

    private readonly string _python, _jupyterPath, _script;

    private JupyterHost(string python, string jupyterPath, string script)
    {
        _python = python;
        _jupyterPath = jupyterPath;
        _script = script;
    }

    /// <summary>
    /// Finds a Python with nbclient and nbformat (Debian: <c>python3-nbclient</c>) and installs the kernelspec;
    /// null, with the reason, when no such Python exists.
    /// </summary>
    public static JupyterHost? Start(NotebookRunner runner, out string reason)
    {
        string[] candidates = [Environment.GetEnvironmentVariable(PythonVariable) ?? "", "python3", "/usr/bin/python3"];
        string? python = candidates.Where(c => c.Length > 0).FirstOrDefault(HasNbclient);
        if (python is null)
        {
            reason = $"no Python with nbclient and nbformat among {string.Join(", ", candidates.Where(c => c.Length > 0))} (Debian: apt-get install python3-nbclient)";
            return null;
        }
        string folder = Directory.CreateTempSubdirectory("jupyter-").FullName;
        string kernels = Directory.CreateDirectory(Path.Combine(folder, "kernels")).FullName;
        var install = ExternalProcess.Run("dotnet", ["tool", "run", "dotnet-interactive", "jupyter", "install", "--path", kernels],
            runner.RepositoryRoot, TimeSpan.FromMinutes(5));
        if (install.ExitCode != 0 || !File.Exists(Path.Combine(kernels, ".net-csharp", "kernel.json")))
            throw new InvalidOperationException($"dotnet-interactive jupyter install --path {kernels} failed (exit code {install.ExitCode}): {install.StandardOutput}{install.StandardError}");
        reason = "";
        return new JupyterHost(python, folder, Path.Combine(runner.RepositoryRoot, "tests", "AnisotropicNoise.Tests", "Notebooks", "execute-notebook.py"));
    }

    /// <summary>
    /// Executes <paramref name="notebook"/> with the kernel started in <paramref name="workingFolder"/> and
    /// <paramref name="environment"/> added; returns the executed notebook, or throws naming the notebook
    /// when the kernel could not run it.
    /// </summary>
    public NotebookDocument Execute(string notebook, string workingFolder, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        string output = Path.Combine(Directory.CreateTempSubdirectory("jupyter-run-").FullName, Path.GetFileName(notebook));
        var variables = new Dictionary<string, string>(environment) { ["JUPYTER_PATH"] = _jupyterPath };
        var result = ExternalProcess.Run(_python, [_script, notebook, output, workingFolder, ((int)timeout.TotalSeconds).ToString()],
            workingFolder, timeout + TimeSpan.FromMinutes(2), variables);
        if (result.ExitCode != 0 || !File.Exists(output))
            throw new InvalidOperationException($"{Path.GetFileName(notebook)}: the Jupyter client failed (exit code {result.ExitCode}): {result.StandardError.Trim()}");
        return NotebookDocument.Load(output);
    }

    private static bool HasNbclient(string python)
    {
        try
        {
            return ExternalProcess.Run(python, ["-c", "import nbclient, nbformat"], Path.GetTempPath(), TimeSpan.FromMinutes(1)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
