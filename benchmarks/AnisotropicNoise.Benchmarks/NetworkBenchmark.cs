using AnisotropicNoise.Data;
using AnisotropicNoise.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// The paper's CNN (11,330 parameters) on 1,200 synthetic 28×28 images, in double and in single precision:
/// full-batch gradient and Hessian-vector product times and GFLOP/s, a block of 20 products in one pass
/// against single ones, Σ̂'s shuffled pass with its minibatches side by side against one after another; beside
/// MathNet's managed 1000×1000 product and the FMA peak of this CPU at 256 and 512 bits in both precisions,
/// all measured in the same run. Every share is of the peak at the widest accelerated width in the precision
/// computed in, and also of the 256-bit double peak that earlier runs were measured against.
/// </summary>
internal sealed class NetworkBenchmark : IBenchmark
{
    private const int Block = 20;

    public string Name => "network";

    public void Run(TextWriter output)
    {
        var network = SmallCnn.Create();
        var data = SyntheticImages.Generate(1200, seed: 1).ToExamples();
        // Nominal flops per example. F: one forward pass; F1: the first layer's share, whose input
        // needs no gradient. Gradient = forward + weight gradients + input gradients = 3F − F1.
        // HVP = forward F + R-forward (2F − F1) + backward without weight gradients (F − F1)
        //       + R-backward weight terms (2F − F1) + input terms 2(F − F1) = 8F − 5F1.
        double f = network.ForwardFlops, f1 = network.Layers[0].ForwardFlops;
        var flops = new Flops(data.Count * (3 * f - f1), data.Count * (8 * f - 5 * f1), 20 * (3 * f - f1),
            1 - (2 * f - f1) * (Block - 1) / Block / (8 * f - 5 * f1));

        var measured = new[] { NetworkPrecision.Double, NetworkPrecision.Single }
            .Select(precision => (Precision: precision, Times: Measure(new NetworkObjective(network, data, precision: precision), data.Count))).ToList();
        var a = Matrix<double>.Build.Random(1000, 1000, 1);
        var b = Matrix<double>.Build.Random(1000, 1000, 2);
        var mathNet = Timing.Best(() => a.Multiply(b));
        int widest = FmaPeak.WidestBits;
        var peaks = new Dictionary<(int Bits, bool Single), double>();
        foreach (int bits in widest == 512 ? new[] { 256, 512 } : [256])
            foreach (bool single in new[] { false, true }) peaks[(bits, single)] = FmaPeak.Measure(bits, single);

        output.WriteLine($"network: {network.ParameterCount:N0} parameters, {data.Count} images 28×28, {Environment.ProcessorCount} cores; " +
                         $"fastest of several runs; single precision runs on {Networks.Batched.FloatKernels.VectorBits}-bit vectors");
        foreach (var ((bits, single), rate) in peaks)
            output.WriteLine($"FMA peak, every core, {bits}-bit {(single ? "single" : "double")}: {rate,7:F1} GFLOP/s");
        output.WriteLine($"MathNet managed 1000×1000 product (double): {mathNet.WallRate(2e9):F2} GFLOP/s");
        output.WriteLine("                                        wall ms   GFLOP/s (wall)   GFLOP per CPU-second   % of peak*   % of 256-bit double peak");
        foreach (var (precision, times) in measured)
        {
            double peak = peaks[(widest, precision == NetworkPrecision.Single)], legacy = peaks[(256, false)];
            void Line(string name, Timing timing, double work) =>
                output.WriteLine($"{precision.ToString().ToLowerInvariant(),-7}{name,-32}{timing.WallSeconds * 1e3,8:F1}   {timing.WallRate(work),14:F2}   " +
                                 $"{timing.CpuRate(work),20:F2}   {100 * timing.WallRate(work) / peak,10:F1}   {100 * timing.WallRate(work) / legacy,10:F1}");
            Line("gradient, full batch", times.Gradient, flops.Gradient);
            Line("Hessian-vector product", times.Hvp, flops.Hvp);
            Line("minibatch gradient, m = 20", times.Minibatch, flops.Minibatch);
            output.WriteLine($"{precision.ToString().ToLowerInvariant(),-7}HVP block of {Block} in one pass: {times.Block.WallSeconds * 1e3 / Block:F1} ms a product; " +
                             $"{times.Block.WallSeconds / Block / times.Hvp.WallSeconds:F2} of a single product's wall time (nominal flops: {flops.BlockShare:F2}); " +
                             $"shuffled pass of {data.Count / 20} minibatches of 20: {times.SideBySide.WallSeconds * 1e3:F1} ms side by side, " +
                             $"{times.OneAfterAnother.WallSeconds * 1e3:F1} ms one after another; HVP / gradient {times.Hvp.WallSeconds / times.Gradient.WallSeconds:F2}");
        }
        output.WriteLine($"* the FMA peak at {widest} bits in the precision computed in");
        var (_, d) = measured[0];
        var (_, s) = measured[1];
        output.WriteLine($"single / double speed-up: gradient {d.Gradient.WallSeconds / s.Gradient.WallSeconds:F2}×, HVP {d.Hvp.WallSeconds / s.Hvp.WallSeconds:F2}×, " +
                         $"block HVP {d.Block.WallSeconds / s.Block.WallSeconds:F2}×, minibatch {d.Minibatch.WallSeconds / s.Minibatch.WallSeconds:F2}×, " +
                         $"shuffled pass {d.SideBySide.WallSeconds / s.SideBySide.WallSeconds:F2}×");
    }

    private static Times Measure(NetworkObjective objective, int count)
    {
        int d = objective.Dimension;
        var theta = objective.Network.InitializeParameters(seed: 2);
        var v = objective.Network.InitializeParameters(seed: 3);
        var result = new double[d];
        int[] batch = [.. Enumerable.Range(0, 20).Select(i => i * 59 % count)];
        var directions = new double[Block * d];
        new Randomness.RandomStream(4).FillGaussian(directions);
        var products = new double[directions.Length];
        // Σ̂'s shuffled pass: minibatches of 20, side by side (IFiniteSumObjective.BatchGradients) or one after another.
        int[] order = [.. Enumerable.Range(0, count)];
        var rows = new double[count / 20 * d];
        return new Times(
            // Many runs: on a shared virtual machine the fastest of a few still carries other tenants' time.
            Timing.Best(() => objective.Gradient(theta, result), runs: 40),
            Timing.Best(() => objective.HessianVectorProduct(theta, v, result), runs: 30),
            Timing.Best(() => objective.HessianVectorProducts(theta, directions, products), runs: 5),
            Timing.Best(() => objective.BatchGradient(theta, batch, result), runs: 50),
            Timing.Best(() => ((Landscapes.IFiniteSumObjective)objective).BatchGradients(theta, order, 20, rows), runs: 5),
            Timing.Best(() =>
            {
                for (int b = 0; b < count / 20; b++) objective.BatchGradient(theta, order.AsSpan(b * 20, 20), rows.AsSpan(b * d, d));
            }, runs: 5));
    }

    private sealed record Times(Timing Gradient, Timing Hvp, Timing Block, Timing Minibatch, Timing SideBySide, Timing OneAfterAnother);

    private sealed record Flops(double Gradient, double Hvp, double Minibatch, double BlockShare);
}
