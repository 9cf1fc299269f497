using AnisotropicNoise.Experiments;

namespace AnisotropicNoise.Cli;

/// <summary>
/// Writes "label k/n" on one line of the progress stream, rewriting it as work finishes. Reports
/// synchronously: <see cref="Progress{T}"/> would post to the thread pool and could print after the result.
/// </summary>
internal sealed class LineProgress(TextWriter writer, string label) : IProgress<ExperimentProgress>
{
    private readonly Lock _lock = new();

    public void Report(ExperimentProgress value)
    {
        lock (_lock) writer.Write($"\r{label} {value.Completed}/{value.Total}{(value.Completed == value.Total ? "\n" : "")}");
    }
}
