using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Dynamics;

/// <summary>
/// The one update loop behind every dynamic: <c>θ_{t+1} = θ_t − step(g_t) + ε_t</c>, with
/// <c>g_t</c> from the dynamic's gradient source, the step from the optimizer, and <c>ε_t</c> drawn
/// from the dynamic's noise, whose distribution is fixed at <c>θ_t</c> on refresh steps (each refresh
/// sees the run's previous sampler, so warm-started noises carry their state in the run, not in the noise).
/// </summary>
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
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(dynamic);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(random);
        Guard.Length(start.Length, objective.Dimension, nameof(start));
        Guard.AllFinite(start, nameof(start));
        Guard.NonNegative(steps, nameof(steps));
        Guard.Positive(dynamic.RefreshEvery, nameof(dynamic.RefreshEvery));
        recording ??= new Recording();
        Guard.Positive(recording.Every, nameof(recording.Every));

        int d = objective.Dimension;
        var theta = start.ToArray();
        var gradient = new double[d];
        var noise = new double[d];
        var state = optimizer.Start(d);
        var recorder = new Recorder(recording);
        INoiseSampler? sampler = null;

        recorder.Record(0, theta);
        for (int t = 0; t < steps; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (dynamic.Noise is not null && t % dynamic.RefreshEvery == 0)
                sampler = dynamic.Noise.Prepare(new NoiseContext(objective, theta, optimizer.LearningRate(t), t, random, sampler));
            dynamic.Gradient.Evaluate(objective, theta, random, gradient);
            state.Step(t, theta, gradient);
            if (sampler is not null)
            {
                sampler.Sample(random, noise);
                for (int i = 0; i < d; i++) theta[i] += noise[i];
            }
            if (!AllFinite(theta)) throw new DivergenceException(dynamic.Name, t + 1);
            if ((t + 1) % recording.Every == 0 || t + 1 == steps) recorder.Record(t + 1, theta);
        }
        return recorder.ToTrajectory(dynamic.Name, theta);
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
            if (!double.IsFinite(v)) return false;
        return true;
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
