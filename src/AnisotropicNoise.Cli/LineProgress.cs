using AnisotropicNoise.Experiments;

namespace AnisotropicNoise.Cli;

/// <summary>
/// Writes "label k/n" to the progress stream as work finishes: on a terminal one line rewritten in
/// place, elsewhere (a log file, CI) one line per report. Reports synchronously:
/// <see cref="Progress{T}"/> would post to the thread pool and could print after the result.
/// </summary>
internal sealed class LineProgress(TextWriter writer, string label, bool rewrite) : IProgress<ExperimentProgress>
{
    private readonly Lock _lock = new();

    /// <summary>Rewrites in place only when standard error is a terminal.</summary>
    public LineProgress(TextWriter writer, string label)
        : this(writer, label, rewrite: !Console.IsErrorRedirected)
    {
    }

    public void Report(ExperimentProgress value)
    {
        string text = $"{label} {value.Completed}/{value.Total}";
        lock (_lock)
        {
            if (!rewrite) writer.WriteLine(text);
            else writer.Write($"\r{text}{(value.Completed == value.Total ? "\n" : "")}");
        }
    }

    /// <summary>Reports step counts out of at most <paramref name="total"/> steps on this line.</summary>
    public IProgress<int> Steps(int total) => new StepReports(this, total);

    private sealed class StepReports(LineProgress line, int total) : IProgress<int>
    {
        public void Report(int value) => line.Report(new ExperimentProgress(value, total));
    }
}
