using System.Diagnostics;
using AnisotropicNoise.Experiments.OneHiddenLayer;

namespace AnisotropicNoise.Benchmarks;

/// <summary>One full run of the one-hidden-layer experiment (31 epochs with the indicators) against a 1 s target.</summary>
internal sealed class OneHiddenLayerBenchmark : IBenchmark
{
    private const double TargetSeconds = 1.0;

    public string Name => "one-hidden-layer";

    public void Run(TextWriter output)
    {
        var settings = new OneHiddenLayerSettings();
        OneHiddenLayer.Run(settings with { Epochs = 3, DecayEpochs = 1 }); // warm-up for the JIT
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = OneHiddenLayer.Run(settings);
        double seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        output.WriteLine($"{settings.Epochs} epochs × {settings.StepsPerEpoch} Adam steps, D = {settings.Dimension}, indicators after each epoch, on {Environment.ProcessorCount} cores: {seconds:F3} s (CPU {cpuSeconds:F3} s)");
        output.WriteLine($"final ratio {result.Epochs[^1].Ratio:F1}; time / {TargetSeconds} s target = {seconds / TargetSeconds:F3}");
    }
}
