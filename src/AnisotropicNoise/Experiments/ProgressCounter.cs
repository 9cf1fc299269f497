namespace AnisotropicNoise.Experiments;

/// <summary>Counts an experiment's units of work (recorded stretches, a GD phase) from several runs at once and reports each change.</summary>
internal sealed class ProgressCounter
{
    private readonly IProgress<ExperimentProgress>? _progress;
    private readonly int _total;
    private readonly Lock _lock = new();
    private int _completed;

    /// <summary>A counter of <paramref name="total"/> units; reports 0 of them at once, so that a long first unit is not silent.</summary>
    public ProgressCounter(IProgress<ExperimentProgress>? progress, int total)
    {
        (_progress, _total) = (progress, total);
        progress?.Report(new ExperimentProgress(0, total));
    }

    /// <summary>Counts <paramref name="by"/> more units done.</summary>
    public void Advance(int by = 1)
    {
        if (by == 0) return;
        lock (_lock)
        {
            _completed += by;
            _progress?.Report(new ExperimentProgress(_completed, _total));
        }
    }
}
