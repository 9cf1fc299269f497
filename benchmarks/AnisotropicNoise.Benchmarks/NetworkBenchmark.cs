using AnisotropicNoise.Data;
using AnisotropicNoise.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// The paper's CNN (11,330 parameters) on 1,200 synthetic 28×28 images: full-batch gradient and
/// Hessian-vector product times and GFLOP/s, a block of 20 products in one pass against single ones, Σ̂'s shuffled pass with its minibatches side by side against one after another, beside MathNet's managed 1000×1000 product and the
/// FMA peak of this CPU, all measured in the same run, by wall clock and per CPU-second.
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
        int[] batch = [.. Enumerable.Range(0, 20).Select(i => i * 59 % data.Count)];

        // Nominal flops per example. F: one forward pass; F1: the first layer's share, whose input
        // needs no gradient. Gradient = forward + weight gradients + input gradients = 3F − F1.
        // HVP = forward F + R-forward (2F − F1) + backward without weight gradients (F − F1)
        //       + R-backward weight terms (2F − F1) + input terms 2(F − F1) = 8F − 5F1.
        double f = network.ForwardFlops, f1 = network.Layers[0].ForwardFlops;
        double gradientFlops = data.Count * (3 * f - f1), hvpFlops = data.Count * (8 * f - 5 * f1), batchFlops = batch.Length * (3 * f - f1);
        const long fmaIterations = 100_000_000;

        var gradient = Timing.Best(() => objective.Gradient(theta, result));
        var hvp = Timing.Best(() => objective.HessianVectorProduct(theta, v, result));
        const int Block = 20;
        var directions = new double[Block * theta.Length];
        new Randomness.RandomStream(4).FillGaussian(directions);
        var products = new double[directions.Length];
        var block = Timing.Best(() => objective.HessianVectorProducts(theta, directions, products), runs: 3);
        var minibatch = Timing.Best(() => objective.BatchGradient(theta, batch, result), runs: 50);
        // Σ̂'s shuffled pass: 60 minibatches of 20, side by side (IFiniteSumObjective.BatchGradients) or one after another.
        int[] order = [.. Enumerable.Range(0, data.Count)];
        var rows = new double[data.Count / 20 * theta.Length];
        var sideBySide = Timing.Best(() => ((Landscapes.IFiniteSumObjective)objective).BatchGradients(theta, order, 20, rows), runs: 5);
        var oneAfterAnother = Timing.Best(() =>
        {
            for (int b = 0; b < data.Count / 20; b++) objective.BatchGradient(theta, order.AsSpan(b * 20, 20), rows.AsSpan(b * theta.Length, theta.Length));
        }, runs: 5);
        var a = Matrix<double>.Build.Random(1000, 1000, 1);
        var b = Matrix<double>.Build.Random(1000, 1000, 2);
        var mathNet = Timing.Best(() => a.Multiply(b));
        var peak = FmaPeak.Measure(fmaIterations);
        double peakFlops = FmaPeak.Flops(fmaIterations);

        output.WriteLine($"network: {network.ParameterCount:N0} parameters, {data.Count} images 28×28, {Environment.ProcessorCount} cores; fastest of several runs");
        output.WriteLine("                                  wall ms   GFLOP/s (wall)   GFLOP per CPU-second");
        Line(output, "gradient, full batch", gradient, gradientFlops);
        Line(output, "Hessian-vector product", hvp, hvpFlops);
        Line(output, "minibatch gradient, m = 20", minibatch, batchFlops);
        Line(output, "MathNet managed 1000×1000 product", mathNet, 2e9);
        Line(output, "FMA peak, every core", peak, peakFlops);
        // The block shares each example's forward pass F and backward pass (F − F1) among its products.
        output.WriteLine($"HVP block of {Block} in one pass: {block.WallSeconds * 1e3 / Block:F1} ms a product (wall); per product {block.WallSeconds / Block / hvp.WallSeconds:F2} " +
                         $"of a single product's wall time, {block.CpuSeconds / Block / hvp.CpuSeconds:F2} of its CPU time (nominal flops: {1 - (2 * f - f1) * (Block - 1) / Block / (8 * f - 5 * f1):F2})");
        output.WriteLine($"shuffled pass, {data.Count / 20} minibatches of 20: {sideBySide.WallSeconds * 1e3:F1} ms side by side, {oneAfterAnother.WallSeconds * 1e3:F1} ms one after another " +
                         $"({sideBySide.WallSeconds / oneAfterAnother.WallSeconds:F2} wall, {sideBySide.CpuSeconds / oneAfterAnother.CpuSeconds:F2} CPU); full-batch gradient {gradient.WallSeconds * 1e3:F1} ms");
        output.WriteLine($"HVP / gradient time: {hvp.WallSeconds / gradient.WallSeconds:F2} wall, {hvp.CpuSeconds / gradient.CpuSeconds:F2} CPU (target ≤ 3)");
        output.WriteLine($"gradient rate / MathNet rate: {gradient.WallRate(gradientFlops) / mathNet.WallRate(2e9):F2} wall, " +
                         $"{gradient.CpuRate(gradientFlops) / mathNet.CpuRate(2e9):F2} per CPU-second (target ≥ 2)");
        output.WriteLine($"share of the FMA peak: gradient {100 * gradient.WallRate(gradientFlops) / peak.WallRate(peakFlops):F1} % wall, " +
                         $"{100 * gradient.CpuRate(gradientFlops) / peak.CpuRate(peakFlops):F1} % per CPU-second; HVP {100 * hvp.WallRate(hvpFlops) / peak.WallRate(peakFlops):F1} % wall, " +
                         $"{100 * hvp.CpuRate(hvpFlops) / peak.CpuRate(peakFlops):F1} % per CPU-second");
    }

    private static void Line(TextWriter output, string name, Timing timing, double flops) =>
        output.WriteLine($"{name,-34}{timing.WallSeconds * 1e3,8:F1}   {timing.WallRate(flops),14:F2}   {timing.CpuRate(flops),20:F2}");
}
