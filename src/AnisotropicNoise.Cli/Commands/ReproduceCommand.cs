using System.Globalization;
using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// Regenerates every figure: executes each notebook of <c>notebooks/</c> headless against the current
/// build, saves it in place only when every cell ran without error, and collects the charts it displays
/// into <c>figures/&lt;notebook&gt;/</c>. A chart whose data did not change keeps its saved PNG, so a machine
/// without a browser loses no figure; a changed chart without a browser leaves its notebook unchanged
/// (exit 1) unless <c>--html-only</c> was asked for.
/// </summary>
internal sealed class ReproduceCommand : ICommand
{
    public string Name => "reproduce";
    public string Summary => "Execute every notebook in place and write its figures (HTML; PNG kept or rendered, SVG with Chromium).";
    public string Usage => "reproduce [--figures <folder>] [--only <part of a notebook name>] [--timeout-minutes <n>] [--html-only]";
    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "html-only" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string figures = Path.GetFullPath(arguments.Text("figures") ?? Path.Combine(root, "figures"));
        string? only = arguments.Text("only");
        int timeoutMinutes = arguments.Int("timeout-minutes", 60, min: 1);
        bool htmlOnly = arguments.Flag("html-only");
        arguments.EnsureAllUsed();

        var runner = new NotebookRunner(root, TimeSpan.FromMinutes(timeoutMinutes));
        var notebooks = runner.Notebooks()
            .Where(n => only is null || Path.GetFileName(n).Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        if (notebooks.Count == 0) throw new UsageException($"no notebook in {runner.NotebooksFolder} matches '{only}'.");
        return Reproduce(runner, notebooks, figures, htmlOnly, Chromium.Find(), output, progress);
    }

    /// <summary>
    /// Runs <paramref name="notebooks"/> in place with their figures under <paramref name="figures"/>, the kernels
    /// finding <paramref name="browser"/> (null: none); 0 when every notebook was saved.
    /// </summary>
    internal static int Reproduce(NotebookRunner runner, IReadOnlyList<string> notebooks, string figures, bool htmlOnly,
        string? browser, TextWriter output, TextWriter progress)
    {
        output.WriteLine(BrowserLine(browser, htmlOnly));
        runner.RestoreTools();
        int failed = 0;
        for (int i = 0; i < notebooks.Count; i++)
        {
            string prefix = $"[{i + 1}/{notebooks.Count}] {Path.GetFileName(notebooks[i])}";
            progress.WriteLine($"{prefix}: running…");
            var result = runner.RunInPlace(notebooks[i], figures, htmlOnly);
            if (!result.Run.Succeeded)
                output.WriteLine($"[{i + 1}/{notebooks.Count}] {result.Run.Describe()}");
            else if (!result.Saved)
                output.WriteLine($"{prefix}: NOT SAVED: these charts changed and no browser can draw their PNG: " +
                                 $"{string.Join(", ", result.WithoutImage)}. Install one ({Chromium.InstallHint}, or set " +
                                 $"{Chromium.PathVariable}) and run again, or pass --html-only to save them without a static image.");
            else
            {
                string withoutImage = result.WithoutImage.Count == 0 ? "" : $"; without a static image (--html-only): {string.Join(", ", result.WithoutImage)}";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{prefix}: ok ({result.Run.Elapsed.TotalSeconds:0.0} s, {result.FigureFiles} figure files{withoutImage})"));
                continue;
            }
            failed++;
        }
        output.WriteLine(failed == 0
            ? $"all {notebooks.Count} notebooks ran; figures in {figures}"
            : $"{failed} of {notebooks.Count} notebooks were not saved; those notebooks and their figures were left unchanged.");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The first line: which browser draws the static images, or what happens without one.</summary>
    internal static string BrowserLine(string? browser, bool htmlOnly) => browser is not null
        ? $"static images: {browser}"
        : "static images: no Chromium found. Charts whose data did not change keep their saved PNGs (no browser needed). " +
          (htmlOnly
              ? "A chart that changed is saved without a static image (--html-only)."
              : $"A chart that changed needs a browser: its notebook is then left unchanged and the command exits 1 " +
                $"(install one: {Chromium.InstallHint}, or set {Chromium.PathVariable}; or pass --html-only).");
}
