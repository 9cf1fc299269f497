using System.Diagnostics;
using AnisotropicNoise.Data;
using AnisotropicNoise.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// The paper's CNN (11,330 parameters) on 1,200 synthetic 28×28 images: full-batch gradient and
/// Hessian-vector product times and GFLOP/s, beside MathNet's managed 1000×1000 product and the
/// FMA peak of this CPU, all measured in the same run.
/// </summary>
internal sealed class NetworkBenchmark : IBenchmark
{
    public string Name => "network";

    public void Run(TextWriter output)
    {
        var network = SmallCnn.Create();
        var data = SyntheticImages.Generate(1200, seed: 1).ToExamples();
        var objective = new NetworkObjective(network, data);
        var theta = network.InitializeParameters(seed: 2);
        var v = network.InitializeParameters(seed: 3);
        var result = new double[theta.Length];

        // Nominal flops per example. F: one forward pass; F1: the first layer's share, whose input
        // needs no gradient. Gradient = forward + weight gradients + input gradients = 3F − F1.
        // HVP = forward F + R-forward (2F − F1) + backward without weight gradients (F − F1)
        //       + R-backward weight terms (2F − F1) + input terms 2(F − F1) = 8F − 5F1.
        double f = network.ForwardFlops, f1 = network.Layers[0].ForwardFlops;
        double gradientFlops = data.Count * (3 * f - f1), hvpFlops = data.Count * (8 * f - 5 * f1);

        double gradientSeconds = Seconds(() => objective.Gradient(theta, result));
        double hvpSeconds = Seconds(() => objective.HessianVectorProduct(theta, v, result));
        int[] batch = [.. Enumerable.Range(0, 20).Select(i => i * 59 % data.Count)];
        double batchSeconds = Seconds(() => objective.BatchGradient(theta, batch, result));
        double mathNet = MathNetRate();
        double peak = FmaPeak.Measure();
        double gradientRate = gradientFlops / gradientSeconds / 1e9, hvpRate = hvpFlops / hvpSeconds / 1e9;

        output.WriteLine($"network: {network.ParameterCount:N0} parameters, {data.Count} images 28×28, {Environment.ProcessorCount} cores");
        output.WriteLine($"gradient (full batch): {gradientSeconds * 1e3,8:F1} ms  {gradientRate,6:F2} GFLOP/s  ({gradientFlops / 1e9:F2} GFLOP)");
        output.WriteLine($"Hessian-vector product: {hvpSeconds * 1e3,7:F1} ms  {hvpRate,6:F2} GFLOP/s  ({hvpFlops / 1e9:F2} GFLOP)  = {hvpSeconds / gradientSeconds:F2} × gradient (target ≤ 3)");
        output.WriteLine($"minibatch gradient (m = 20): {batchSeconds * 1e3,5:F2} ms  {batch.Length * (3 * f - f1) / batchSeconds / 1e9,6:F2} GFLOP/s");
        output.WriteLine($"MathNet managed 1000×1000 product: {mathNet,6:F2} GFLOP/s; gradient at {gradientRate / mathNet:F2} × that (target ≥ 2)");
        output.WriteLine($"FMA peak, every core: {peak,6:F2} GFLOP/s; gradient at {100 * gradientRate / peak:F1} % of it, HVP at {100 * hvpRate / peak:F1} %");
    }

    /// <summary>
    /// The fastest of seven timed runs after two warm-ups (which let tiered compilation finish): on
    /// a machine shared with other work, the minimum is the time least disturbed by it.
    /// </summary>
    private static double Seconds(Action action)
    {
        action();
        action();
        double best = double.MaxValue;
        for (int i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    private static double MathNetRate()
    {
        var a = Matrix<double>.Build.Random(1000, 1000, 1);
        var b = Matrix<double>.Build.Random(1000, 1000, 2);
        return 2e9 / Seconds(() => a.Multiply(b)) / 1e9;
    }
}
