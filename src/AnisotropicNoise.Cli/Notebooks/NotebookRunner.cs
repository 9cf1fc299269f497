using System.Diagnostics;
using AnisotropicNoise.Plotting.Export;
using AnisotropicNoise.Plotting.Notebooks;

namespace AnisotropicNoise.Cli.Notebooks;

/// <summary>
/// Executes notebooks headless with the pinned <c>dotnet-repl</c> tool (see <c>.config/dotnet-tools.json</c>)
/// and reports, per cell, every error and every cell that did not run. Used by the <c>reproduce</c>
/// command and by the notebook tests.
/// </summary>
internal sealed class NotebookRunner
{
    private readonly TimeSpan _timeout;
    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <summary>
    /// A runner for the repository at <paramref name="repositoryRoot"/>; each notebook may run for at most
    /// <paramref name="timeout"/>, with <paramref name="environment"/> added to every kernel's environment.
    /// </summary>
    public NotebookRunner(string repositoryRoot, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(Path.Combine(repositoryRoot, "Notebooks.sln")))
            throw new ArgumentException($"repositoryRoot '{repositoryRoot}' holds no Notebooks.sln.", nameof(repositoryRoot));
        if (timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "timeout must be > 0.");
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        _timeout = timeout;
        _environment = environment ?? new Dictionary<string, string>();
    }

    /// <summary>The repository's root folder (holding <c>Notebooks.sln</c>).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The first code cell of every notebook: the shared setup file, and the glue's namespace (a loaded file's usings stay in that file).</summary>
    public const string SetupCell = "#load \"setup.csx\"\nusing AnisotropicNoise.Plotting.Notebooks;";

    /// <summary>The repository's notebooks folder, where <c>setup.csx</c> lives.</summary>
    public string NotebooksFolder => Path.Combine(RepositoryRoot, "notebooks");

    /// <summary>Every notebook of the repository's notebooks folder, in name order.</summary>
    public IReadOnlyList<string> Notebooks() =>
        Directory.GetFiles(NotebooksFolder, "*.ipynb").Order(StringComparer.Ordinal).ToList();

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>Notebooks.sln</c>.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Notebooks.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException($"no folder at or above '{start}' holds Notebooks.sln.");
    }

    /// <summary>Installs the pinned notebook tools (<c>dotnet tool restore</c>).</summary>
    public void RestoreTools()
    {
        var result = ExternalProcess.Run("dotnet", ["tool", "restore"], RepositoryRoot, TimeSpan.FromMinutes(10));
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"dotnet tool restore failed (exit code {result.ExitCode}): {result.StandardOutput}{result.StandardError}");
    }

    /// <summary>
    /// Executes <paramref name="notebookPath"/> in a kernel whose working folder is <paramref name="workingDirectory"/>
    /// (default: the repository's notebooks folder, which the notebooks' relative paths assume), with the runner's
    /// environment, <paramref name="environment"/> and <see cref="Notebook.HeadlessVariable"/> added; the notebook file itself is not changed.
    /// </summary>
    public NotebookRun Run(string notebookPath, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var original = NotebookDocument.Load(notebookPath);
        string scratch = Directory.CreateTempSubdirectory("notebook-run-").FullName;
        var clock = Stopwatch.StartNew();
        try
        {
            string input = Path.Combine(scratch, "input.ipynb"), output = Path.Combine(scratch, "output.ipynb");
            File.WriteAllText(input, CellMarkers.Instrument(original).ToJson());
            var variables = new Dictionary<string, string>(_environment) { [Notebook.HeadlessVariable] = "1" };
            foreach (var (name, value) in environment ?? new Dictionary<string, string>()) variables[name] = value;
            var result = ExternalProcess.Run("dotnet",
                ["repl", "--run", input, "--exit-after-run", "--output-path", output],
                workingDirectory ?? NotebooksFolder, _timeout, variables);
            if (!File.Exists(output))
                return new NotebookRun(notebookPath, clock.Elapsed, null,
                    [new CellFailure(0, "", $"dotnet repl wrote no output notebook (exit code {result.ExitCode}): {Tail(result.StandardError + result.StandardOutput)}")]);
            var (executed, failures) = CellMarkers.Collect(original, NotebookDocument.Load(output).ParseJsonData());
            if (failures.Count == 0 && result.ExitCode != 0)
                failures = [new CellFailure(0, "", $"dotnet repl exited with code {result.ExitCode}: {Tail(result.StandardError)}")];
            return new NotebookRun(notebookPath, clock.Elapsed, executed, failures);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>
    /// Runs <paramref name="notebook"/> with its charts saved to a fresh folder, the PNGs of unchanged charts
    /// taken from <c>figuresRoot/&lt;notebook name&gt;/</c>. Only if every cell ran without error, and every
    /// chart has its PNG or <paramref name="htmlOnly"/> allows charts without one, rewrites the notebook
    /// (atomically) with the new outputs and replaces that folder by the new figures.
    /// </summary>
    public InPlaceRun RunInPlace(string notebook, string figuresRoot, bool htmlOnly = false)
    {
        string target = Path.Combine(figuresRoot, Path.GetFileNameWithoutExtension(notebook));
        string fresh = Directory.CreateTempSubdirectory("figures-").FullName;
        try
        {
            var run = Run(notebook, environment: new Dictionary<string, string>
            {
                [Notebook.FiguresVariable] = fresh,
                [Notebook.SavedFiguresVariable] = target,
            });
            if (!run.Succeeded) return new InPlaceRun(run, 0, [], Saved: false);
            var withoutImage = Directory.GetFiles(fresh, "*.html").Select(Path.GetFileNameWithoutExtension)
                .Where(name => !File.Exists(Path.Combine(fresh, name + ".png"))).Order(StringComparer.Ordinal).ToList();
            if (withoutImage.Count > 0 && !htmlOnly) return new InPlaceRun(run, 0, withoutImage!, Saved: false);
            AtomicFile.WriteAllText(notebook, run.Executed!.ToJson());
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.CreateDirectory(target);
            // The temporary folder may be on another file system, where a move is not possible.
            foreach (string file in Directory.GetFiles(fresh))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            return new InPlaceRun(run, Directory.GetFiles(target).Length, withoutImage!, Saved: true);
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    private static string Tail(string text) => text.Length <= 1500 ? text.Trim() : "…" + text[^1500..].Trim();
}
