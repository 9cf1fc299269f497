using System.Diagnostics;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// Iterations per second of each of the eight FashionMNIST dynamics on the Paper preset's shapes
/// (1,200 training images, D = 11,330, m = 20, k = 20, Lanczos budget 60, 30 power steps), timed over
/// one refresh period (at least 3 steps) after a warm-up step, from the network's initialisation.
/// </summary>
internal sealed class FashionMnistBenchmark : IBenchmark
{
    public string Name => "fashion-mnist";

    public void Run(TextWriter output)
    {
        var settings = FashionMnistSettings.Paper;
        var data = FashionMnistData.StandIn(settings);
        var training = new NetworkObjective(SmallCnn.Create(), data.Training.ToExamples());
        var start = training.Network.InitializeParameters(settings.Seed);
        var optimizer = new GradientStep(settings.LearningRate);
        output.WriteLine($"Paper shapes: {settings.TrainingImages} training images ({data.Description}), D = {training.Dimension}, {Environment.ProcessorCount} cores");
        output.WriteLine($"{"dynamic",-18} {"steps",5} {"wall s",8} {"CPU s",8} {"it/s (wall)",12} {"it/CPU-s",9}");
        using var process = Process.GetCurrentProcess();
        foreach (var dynamic in PaperDynamics.All.Select(d => FashionMnistDynamics.Create(d, settings)))
        {
            int steps = Math.Max(dynamic.RefreshEvery, 3);
            DynamicsRunner.Run(training, start, dynamic, optimizer, 1, new RandomStream(1), Recording.FinalOnly);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            DynamicsRunner.Run(training, start, dynamic, optimizer, steps, new RandomStream(2), Recording.FinalOnly);
            double wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            output.WriteLine($"{dynamic.Name,-18} {steps,5} {wall,8:F2} {cpuSeconds,8:F2} {steps / wall,12:F3} {steps / cpuSeconds,9:F3}");
        }
    }
}
