using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Dynamics.ContinuousTime;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Experiments.EscapingEfficiency;

/// <summary>Measures escaping efficiency from a quadratic's minimum by simulation and sets it beside the formulas (Proposition 1).</summary>
public static class EscapeSimulation
{
    /// <summary>Simulates both processes from <c>θ₀</c> of <paramref name="quadratic"/> with noise covariance <paramref name="covariance"/> (PSD) and returns the curve.</summary>
    public static EscapeCurve Run(Quadratic quadratic, Matrix<double> covariance, EscapeSettings settings, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(quadratic);
        ArgumentNullException.ThrowIfNull(settings);
        double eta = Guard.Positive(settings.LearningRate, nameof(settings.LearningRate));
        Guard.Positive(settings.Steps, nameof(settings.Steps));
        Guard.InRange(settings.RecordEvery, 1, settings.Steps, nameof(settings.RecordEvery));
        if (settings.Steps % settings.RecordEvery != 0)
            throw new ArgumentException($"RecordEvery ({settings.RecordEvery}) must divide Steps ({settings.Steps}).", nameof(settings));
        Guard.InRange(settings.Runs, 2, int.MaxValue, nameof(settings.Runs));
        var h = quadratic.HessianMatrix;
        int points = settings.Steps / settings.RecordEvery + 1;
        var times = Enumerable.Range(0, points).Select(j => j * settings.RecordEvery * eta).ToArray();
        var stepCovariance = covariance * eta;
        var discreteExact = Indicators.EscapingEfficiency.Discrete(h, stepCovariance, eta, settings.Steps);

        var continuous = Simulate(settings, DeriveSeed(settings, 0), points,
            () => new OrnsteinUhlenbeckTransition(quadratic, covariance, settings.RecordEvery * eta),
            (transition, random, rises) => Continuous(quadratic, transition, random, rises));
        progress?.Report(0.5);
        var discrete = Simulate(settings, DeriveSeed(settings, 1), points,
            () => FactorGaussian.FromCovariance(covariance),
            (diffusion, random, rises) => Discrete(quadratic, diffusion, settings, random, rises));
        progress?.Report(1.0);

        return new EscapeCurve(
            times,
            Indicators.EscapingEfficiency.ClosedForm(h, covariance, times),
            Indicators.EscapingEfficiency.FirstOrder(h, covariance, times),
            Indicators.EscapingEfficiency.SecondOrder(h, covariance, times),
            Enumerable.Range(0, points).Select(j => discreteExact[j * settings.RecordEvery]).ToArray(),
            continuous.Select(e => e.Mean).ToArray(), continuous.Select(e => e.StandardError).ToArray(),
            discrete.Select(e => e.Mean).ToArray(), discrete.Select(e => e.StandardError).ToArray());
    }

    private static long DeriveSeed(EscapeSettings settings, int process) => RandomStream.DeriveSeed(settings.Seed, process);

    /// <summary>Runs every run in parallel (one <typeparamref name="TWorker"/> per worker thread; run <c>i</c> draws from its own stream) and summarises each recorded time.</summary>
    private static MonteCarloEstimate[] Simulate<TWorker>(
        EscapeSettings settings, long seed, int points, Func<TWorker> worker, Action<TWorker, RandomStream, double[]> run)
    {
        var rises = new double[settings.Runs][];
        Parallel.For(0, settings.Runs, worker, (i, _, local) =>
        {
            rises[i] = new double[points];
            run(local, RandomStream.ForTask(seed, i), rises[i]);
            return local;
        }, _ => { });
        return Enumerable.Range(0, points)
            .Select(j => MonteCarloEstimate.Of(rises.Select(r => r[j]).ToArray()))
            .ToArray();
    }

    private static void Continuous(Quadratic quadratic, OrnsteinUhlenbeckTransition transition, RandomStream random, double[] rises)
    {
        var theta = quadratic.Center.ToArray();
        for (int j = 1; j < rises.Length; j++)
        {
            transition.Advance(theta, random);
            rises[j] = quadratic.Loss(theta) - quadratic.Minimum;
        }
    }

    private static void Discrete(Quadratic quadratic, FactorGaussian diffusion, EscapeSettings settings, RandomStream random, double[] rises)
    {
        var rise = new Metric("rise", theta => quadratic.Loss(theta) - quadratic.Minimum);
        var recording = new Recording(settings.RecordEvery, Parameters: false, Metrics: [rise]);
        var trajectory = EulerMaruyama.Run(quadratic, quadratic.Center.ToArray(), diffusion, settings.LearningRate, settings.Steps, random, recording);
        trajectory.Metrics[rise.Name].CopyTo(rises, 0);
    }
}
