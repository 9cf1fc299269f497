using AnisotropicNoise.Data;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// The regularization experiment's networks (Figs. 1, 5, 6): per-image gradient and forward times of VGG-11 on 3×32×32
/// images and of narrow VGGs on 28×28 FashionMNIST-sized images, and the hours each preset's whole run (every dynamic and
/// seed, recorded points included) would take at those rates. The count of image passes a run makes is exact (it follows
/// the protocol); only the rate is measured.
/// </summary>
internal sealed class VggBenchmark : IBenchmark
{
    public string Name => "vgg";

    public void Run(TextWriter output)
    {
        output.WriteLine($"{Environment.ProcessorCount} cores; fastest of several runs; per image = a batch's time / its images; single precision unless the row says double");
        output.WriteLine($"{"network",-44} {"params",10} {"MFLOP fwd",9} {"grad ms/img",11} {"fwd ms/img",10} {"HVP ms/img",10} {"GFLOP/s grad",12}");
        var paper = RegularizationSettings.Paper;
        // Two blocks of 16 images, one a core, as in the presets' batches (100 and more): a batch of one block runs on one core.
        Measure("VGG-11, 3×32×32, double precision", Vgg.Vgg11(), new ImageShape(3, 32, 32), batch: 32, output, NetworkPrecision.Double);
        var vgg11 = Measure("VGG-11, 3×32×32 (Paper)", Vgg.Vgg11(), new ImageShape(3, 32, 32), batch: 32, output);
        Project("Paper (VGG-11, CIFAR-10)", paper, vgg11, vgg11, output);
        Project("PaperSvhn", RegularizationSettings.PaperSvhn, vgg11, vgg11, output);

        // The 28×28 networks at the presets' two batch sizes: full-batch passes over the training images (GD and the GLD
        // steps, recorded points) and minibatches (SGD, the variance estimates); small batches leave a core idle at times.
        var cpu = RegularizationSettings.Cpu;
        var shape = new ImageShape(1, 28, 28);
        Measure($"Cpu [{Describe(cpu.Features)}], double precision, batch {cpu.TrainingImages}", Vgg.Create(shape, cpu.Features, cpu.Classifier, 10), shape, batch: cpu.TrainingImages, output, NetworkPrecision.Double);
        var (full, minibatch) = MeasureBothBatches(cpu, shape, output);
        Project("Cpu (FashionMNIST)", cpu, full, minibatch, output);
        Project("  the three-seed Cpu preset of the ≤ 20 min target (2,500 iterations, no λ₁)", ThreeSeedCpu, full, minibatch, output);
        foreach (var (features, classifier) in Alternatives)
        {
            var neighbour = cpu with { Features = features, Classifier = classifier };
            var (neighbourFull, neighbourMinibatch) = MeasureBothBatches(neighbour, shape, output);
            Project("  Cpu with this network", neighbour, neighbourFull, neighbourMinibatch, output);
        }
    }

    /// <summary>The preset's network at its two batch sizes: the training set (full-batch passes) and SGD's minibatch.</summary>
    private static (Rates Full, Rates Minibatch) MeasureBothBatches(RegularizationSettings s, ImageShape shape, TextWriter output)
    {
        string network = $"[{Describe(s.Features)}] / [{string.Join(",", s.Classifier)}]";
        return (Measure($"{network}, batch {s.TrainingImages}", Vgg.Create(shape, s.Features, s.Classifier, 10), shape, batch: s.TrainingImages, output),
                Measure($"{network}, batch {s.BatchSize}", Vgg.Create(shape, s.Features, s.Classifier, 10), shape, batch: s.BatchSize, output));
    }

    // The Cpu preset as it stood when the ≤ 20 min target was set: three seeds, 2,500 iterations recorded every 250, no λ₁.
    private static readonly RegularizationSettings ThreeSeedCpu =
        RegularizationSettings.Cpu with { Iterations = 2500, SgdIterations = 2500, RecordEvery = 250, Seeds = [1, 2, 3], TopEigenvalueBudget = 0 };

    // Wider and narrower neighbours of the Cpu preset's network, to show what its choice costs.
    private static readonly (IReadOnlyList<int> Features, IReadOnlyList<int> Classifier)[] Alternatives =
    [
        ([4, Vgg.Pool, 8, Vgg.Pool, 16, Vgg.Pool], [32]),
        ([16, Vgg.Pool, 32, Vgg.Pool, 64, 64, Vgg.Pool], [128, 128]),
    ];

    private static string Describe(IReadOnlyList<int> features) => string.Join(",", features.Select(f => f == Vgg.Pool ? "M" : f.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private readonly record struct Rates(double GradientSeconds, double ForwardSeconds, double ProductSeconds);

    /// <summary>Per-image rates in <paramref name="precision"/> (default: the presets' own, single).</summary>
    private static Rates Measure(string name, Sequential network, ImageShape shape, int batch, TextWriter output, NetworkPrecision precision = NetworkPrecision.Single)
    {
        var random = new RandomStream(1);
        var pixels = new byte[batch * shape.Size];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = (byte)random.NextInt(256);
        int[] labels = [.. Enumerable.Range(0, batch).Select(i => i % 10)];
        var images = new LabeledImages(shape.Height, shape.Width, pixels, labels, channels: shape.Channels);
        var objective = new NetworkObjective(network, images.ToExamples(low: 0, high: 1), precision: precision);
        var theta = network.InitializeParameters(seed: 2);
        var gradient = new double[theta.Length];
        // Passes of a few milliseconds vary most with the shared machine: more runs to take the fastest of.
        int runs = network.ForwardFlops * batch < 5e9 ? 15 : 3;
        var gradientTime = Timing.Best(() => objective.Gradient(theta, gradient), runs);
        var forwardTime = Timing.Best(() => objective.Loss(theta), runs);
        var product = new double[theta.Length];
        var productTime = Timing.Best(() => objective.HessianVectorProduct(theta, gradient, product), runs);
        double flops = network.ForwardFlops;
        output.WriteLine($"{name,-44} {network.ParameterCount,10:N0} {flops / 1e6,9:F2} {gradientTime.WallSeconds * 1e3 / batch,11:F3} {forwardTime.WallSeconds * 1e3 / batch,10:F3} {productTime.WallSeconds * 1e3 / batch,10:F3} " +
                         $"{batch * 3 * flops / gradientTime.WallSeconds / 1e9,12:F2}");
        return new Rates(gradientTime.WallSeconds / batch, forwardTime.WallSeconds / batch, productTime.WallSeconds / batch);
    }

    /// <summary>
    /// Every image gradient, forward pass and Hessian-vector product of the whole run: the dynamics' steps, the variance
    /// re-estimates, and each recorded point's test accuracy, training accuracy, gradient (loss and ‖∇L‖), sharpness draws
    /// and the Lanczos products behind λ₁.
    /// </summary>
    private static void Project(string name, RegularizationSettings s, Rates full, Rates minibatch, TextWriter output)
    {
        double fullGradients = 0, minibatchGradients = 0, forwards = 0, products = 0;
        foreach (var dynamic in s.Dynamics)
        {
            long t = s.IterationsOf(dynamic);
            if (dynamic == PaperDynamic.Sgd) minibatchGradients += t * (double)s.BatchSize;
            else fullGradients += t * (double)s.TrainingImages;
            if (dynamic is PaperDynamic.GldDynamic or PaperDynamic.GldDiag)
                minibatchGradients += (double)(t / s.NoiseRefreshEvery) * s.CovarianceBatches * s.CovarianceBatchSize;
            long points = (t + s.RecordEvery - 1) / s.RecordEvery + 1;
            forwards += points * ((double)s.TestImages + (2 + s.SharpnessDraws) * (double)s.TrainingImages);
            fullGradients += points * (double)s.TrainingImages;
            products += points * (double)s.TopEigenvalueBudget * s.TrainingImages;
        }
        double gradients = (fullGradients + minibatchGradients) * s.Seeds.Count;
        forwards *= s.Seeds.Count;
        products *= s.Seeds.Count;
        double stepHours = s.Seeds.Count * (fullGradients * full.GradientSeconds + minibatchGradients * minibatch.GradientSeconds) / 3600,
            recordHours = (forwards * full.ForwardSeconds + products * full.ProductSeconds) / 3600;
        output.WriteLine($"{name}: {s.Dynamics.Count} dynamics × {s.Seeds.Count} seeds, {s.TrainingImages:N0} training images, {s.Iterations:N0} iterations (SGD {s.IterationsOf(PaperDynamic.Sgd):N0}): " +
                         $"{gradients:G3} image gradients + {forwards:G3} image forwards + {products:G3} image Hessian-vector products = projected {Hours(stepHours + recordHours)} ({Hours(recordHours)} of it recording)");
    }

    private static string Hours(double hours) => hours >= 24 * 365 ? $"{hours / 24 / 365:G3} years" : hours >= 48 ? $"{hours / 24:F1} days" : $"{hours:F2} h";
}
