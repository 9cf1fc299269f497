using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Dynamics;

/// <summary>Runs a dynamic for a number of steps (<see cref="DynamicsStepper"/>) and records its trajectory.</summary>
public static class DynamicsRunner
{
    /// <summary>Runs <paramref name="dynamic"/> for <paramref name="steps"/> steps from <paramref name="start"/>.</summary>
    /// <exception cref="DivergenceException">A parameter became NaN or infinite.</exception>
    public static Trajectory Run(
        IObjective objective,
        ReadOnlySpan<double> start,
        Dynamic dynamic,
        IOptimizer optimizer,
        int steps,
        RandomStream random,
        Recording? recording = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dynamic);
        Guard.NonNegative(steps, nameof(steps));
        recording ??= new Recording();
        Guard.Positive(recording.Every, nameof(recording.Every));
        var run = new DynamicsStepper(objective, start, dynamic, optimizer, random);
        var recorder = new Recorder(recording);
        recorder.Record(0, run.ThetaArray);
        while (run.Steps < steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Step();
            if (run.Steps % recording.Every == 0 || run.Steps == steps) recorder.Record(run.Steps, run.ThetaArray);
        }
        return recorder.ToTrajectory(dynamic.Name, run.ThetaArray);
    }

    private sealed class Recorder(Recording recording)
    {
        private readonly List<int> _steps = [];
        private readonly List<double[]> _parameters = [];
        private readonly Dictionary<string, List<double>> _metrics =
            (recording.Metrics ?? []).ToDictionary(m => m.Name, _ => new List<double>());

        public void Record(int step, double[] theta)
        {
            if (_steps.Count > 0 && _steps[^1] == step) return;
            _steps.Add(step);
            if (recording.Parameters) _parameters.Add((double[])theta.Clone());
            foreach (var metric in recording.Metrics ?? [])
                _metrics[metric.Name].Add(metric.Evaluate(theta));
        }

        public Trajectory ToTrajectory(string dynamic, double[] final) =>
            new(dynamic, _steps, _parameters, _metrics.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()), final);
    }
}
