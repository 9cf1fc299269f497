using System.Globalization;
using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// Regenerates every figure: executes each notebook of <c>notebooks/</c> headless against the current
/// build, saves it in place only when every cell ran without error, and collects the charts it displays
/// into <c>figures/&lt;notebook&gt;/</c>.
/// </summary>
internal sealed class ReproduceCommand : ICommand
{
    public string Name => "reproduce";
    public string Summary => "Execute every notebook in place and write its figures (HTML; SVG and PNG with Chromium).";
    public string Usage => "reproduce [--figures <folder>] [--only <part of a notebook name>] [--timeout-minutes <n>]";
    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string figures = Path.GetFullPath(arguments.Text("figures") ?? Path.Combine(root, "figures"));
        string? only = arguments.Text("only");
        int timeoutMinutes = arguments.Int("timeout-minutes", 60, min: 1);
        arguments.EnsureAllUsed();

        var runner = new NotebookRunner(root, TimeSpan.FromMinutes(timeoutMinutes));
        var notebooks = runner.Notebooks()
            .Where(n => only is null || Path.GetFileName(n).Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        if (notebooks.Count == 0) throw new UsageException($"no notebook in {runner.NotebooksFolder} matches '{only}'.");

        runner.RestoreTools();
        output.WriteLine($"static images: {Chromium.Find() ?? "no Chromium found, figures are written as HTML only"}");
        int failed = 0;
        for (int i = 0; i < notebooks.Count; i++)
        {
            string prefix = $"[{i + 1}/{notebooks.Count}] {Path.GetFileName(notebooks[i])}";
            progress.WriteLine($"{prefix}: running…");
            var (run, written) = runner.RunInPlace(notebooks[i], figures);
            if (run.Succeeded)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{prefix}: ok ({run.Elapsed.TotalSeconds:0.0} s, {written} figure files)"));
            else
            {
                failed++;
                output.WriteLine($"[{i + 1}/{notebooks.Count}] {run.Describe()}");
            }
        }
        output.WriteLine(failed == 0
            ? $"all {notebooks.Count} notebooks ran; figures in {figures}"
            : $"{failed} of {notebooks.Count} notebooks failed; those notebooks and their figures were left unchanged.");
        return failed == 0 ? 0 : 1;
    }
}
