using System.Globalization;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Networks;

namespace AnisotropicNoise.Experiments.Regularization;

/// <summary>
/// The regularization experiment of the paper's Figs. 1, 5 and 6 as the released CIFAR-10 and SVHN scripts run it:
/// each dynamic trains a VGG-style network from its own random initialisation with plain gradient steps (no momentum,
/// weight decay, schedule or augmentation), and test accuracy and expected sharpness are recorded along the way.
/// </summary>
public sealed record RegularizationSettings
{
    /// <summary>The five dynamics of the scripts.</summary>
    public static IReadOnlyList<PaperDynamic> ScriptDynamics { get; } =
        [PaperDynamic.Gd, PaperDynamic.GldConst, PaperDynamic.GldDynamic, PaperDynamic.GldDiag, PaperDynamic.Sgd];

    /// <summary>Seconds, for tests and the notebooks' quick mode: a two-convolution VGG on 200 images of the synthetic stand-in, 20 iterations.</summary>
    public static RegularizationSettings Tiny { get; } = new()
    {
        Features = [4, Vgg.Pool, 8, Vgg.Pool], Classifier = [16], TrainingImages = 200, TestImages = 100,
        Iterations = 20, SgdIterations = null, RecordEvery = 10, BatchSize = 20, CovarianceBatches = 10, CovarianceBatchSize = 20, SharpnessDraws = 10,
        Seeds = [1, 2],
    };

    /// <summary>
    /// The scripts' protocol at a scale two cores carry in about one and a half hours (projected 1.15–1.5 h on a quiet machine; two to three and a half while sharing it with other runs) (what notebook 07 reads): a VGG-style network
    /// of 8, M, 16, M, 32, M → 64 → 64 → 10 (29,194 parameters on 28×28 images) on the first 1,000 of real FashionMNIST's
    /// training images, eight seeds, 4,000 iterations of every dynamic, recorded every 500, the minibatch variance from
    /// 20 minibatches of 100; the scripts' η, m, σ and sharpness otherwise. GD from the random initialisation fits the
    /// 1,000 images at about iteration 2,500, so the last 1,500 iterations run past interpolation, where the scripts spend
    /// most of theirs. SGD gets the same 4,000 (400 epochs): at the scripts' 200 epochs (iteration 2,000, a recorded
    /// point) it has not fitted the training set (about 94 %). 100 minibatches per variance estimate would cost GLD
    /// dynamic and GLD diag a full extra pass of 10,000 image gradients every 10 steps; 20 cost 2,000.
    /// </summary>
    public static RegularizationSettings Cpu { get; } = new()
    {
        Features = [8, Vgg.Pool, 16, Vgg.Pool, 32, Vgg.Pool], Classifier = [64, 64], TrainingImages = 1000, TestImages = 10_000,
        Iterations = 4000, SgdIterations = 4000, RecordEvery = 500, CovarianceBatches = 20, Seeds = [1, 2, 3, 4, 5, 6, 7, 8],
    };

    /// <summary>
    /// The scripts' own scale (the defaults): VGG-11 on CIFAR-10's 50,000 training and 10,000 test images, 200,000 iterations
    /// of the full-batch dynamics and 100,000 of SGD (the scripts' <c>maxiter</c>), recorded every 1,000. Needs the CIFAR-10 archive and, in practice, a GPU: VGG-11 costs 1.5 × 10⁸ multiply-adds per
    /// image forward, so about 5 × 10¹⁰ per SGD step of 100 images and 2 × 10¹³ per GD step over 50,000, forward and backward.
    /// </summary>
    public static RegularizationSettings Paper { get; } = new();

    /// <summary>The scripts' SVHN scale: <see cref="Paper"/> on their split, 25,000 training images (from SVHN's test file) and 70,000 test images (from its train file).</summary>
    public static RegularizationSettings PaperSvhn { get; } = new() { TrainingImages = 25_000, TestImages = 70_000 };

    /// <summary>The network's feature list (<see cref="Vgg.Create"/>): output channels of 3×3 convolutions and <see cref="Vgg.Pool"/>s.</summary>
    public IReadOnlyList<int> Features { get; init; } = Vgg.ConfigurationA;

    /// <summary>The widths of the network's hidden dense layers.</summary>
    public IReadOnlyList<int> Classifier { get; init; } = [512, 512];

    /// <summary>The dynamics, each of <see cref="ScriptDynamics"/>.</summary>
    public IReadOnlyList<PaperDynamic> Dynamics { get; init; } = ScriptDynamics;

    /// <summary>The seeds: each run's initialisation and noise (GD's noise-free run too: its initialisation differs by seed).</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3];

    /// <summary>The first training images used.</summary>
    public int TrainingImages { get; init; } = 50_000;

    /// <summary>The first test images used.</summary>
    public int TestImages { get; init; } = 10_000;

    /// <summary>The learning rate <c>η</c> of every dynamic (the scripts': 0.05).</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>Iterations per run of GD and the GLD dynamics (the scripts': 200,000).</summary>
    public int Iterations { get; init; } = 200_000;

    /// <summary>Iterations per SGD run (the scripts': 100,000); null: <see cref="Iterations"/>.</summary>
    public int? SgdIterations { get; init; } = 100_000;

    /// <summary>Iterations between recorded points (each a checkpoint).</summary>
    public int RecordEvery { get; init; } = 1_000;

    /// <summary>SGD's minibatch size <c>m</c> (the scripts': 100).</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>GLD const's noise standard deviation <c>σ</c>, added to the gradient (the scripts': 10⁻³).</summary>
    public double GldConstSigma { get; init; } = 1e-3;

    /// <summary>The minibatches behind GLD dynamic's and GLD diag's per-coordinate variance (the scripts': 100).</summary>
    public int CovarianceBatches { get; init; } = 100;

    /// <summary>Their size (the scripts': 100).</summary>
    public int CovarianceBatchSize { get; init; } = 100;

    /// <summary>
    /// Steps between re-estimates of that variance, GLD dynamic's and GLD diag's (the scripts': 10); a fresh noise draw
    /// every step. The same setting as <see cref="FashionMnist.FashionMnistSettings.NoiseRefreshEvery"/>.
    /// </summary>
    public int NoiseRefreshEvery { get; init; } = 10;

    /// <summary>The perturbation scale <c>σ</c> of the expected sharpness (the scripts': 10⁻³).</summary>
    public double SharpnessSigma { get; init; } = 1e-3;

    /// <summary>The perturbations averaged per sharpness measurement (the scripts': 100; here as 50 antithetic pairs).</summary>
    public int SharpnessDraws { get; init; } = 100;

    /// <summary>The Lanczos iterations (Hessian-vector products on the training images) behind <c>λ₁</c> at each recorded point.</summary>
    public int TopEigenvalueBudget { get; init; } = 20;

    /// <summary>
    /// True (the default): every dynamic of a seed starts from that seed's initialisation, so that dynamics are compared in
    /// pairs; false: each dynamic draws its own, as each of the scripts does.
    /// </summary>
    public bool SharedInitialization { get; init; } = true;

    /// <summary>The seed from which the stand-in data, every run's stream and every measurement's draws derive.</summary>
    public long Seed { get; init; } = 2019;

    /// <summary>Threads for losses, gradients and products (-1: all cores); the numbers do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The precision the network computes in (the scripts: PyTorch's single precision); runs are kept apart by it.</summary>
    public NetworkPrecision Precision { get; init; } = NetworkPrecision.Single;

    /// <summary>Runs (dynamic, seed) computed at once; the numbers do not depend on it.</summary>
    public int ConcurrentRuns { get; init; } = 1;

    /// <summary>The iterations of a run of <paramref name="dynamic"/>.</summary>
    public int IterationsOf(PaperDynamic dynamic) => dynamic == PaperDynamic.Sgd ? SgdIterations ?? Iterations : Iterations;

    /// <summary><see cref="Departures"/> as a table: setting, value here, the scripts' value.</summary>
    public ResultTable DeparturesTable(RegularizationSettings? scripts = null) => Tables.DeparturesTable.Of(Departures(scripts));

    /// <summary>
    /// Every setting that differs from the authors' released scripts (<paramref name="scripts"/>: <see cref="Paper"/>, or
    /// <see cref="PaperSvhn"/> for their SVHN split), as <c>(setting, value here, the scripts' value)</c>, and the ways this
    /// package measures that the scripts do not; the notebook and the CLI list them.
    /// </summary>
    public IReadOnlyList<(string Setting, string Here, string Scripts)> Departures(RegularizationSettings? scripts = null)
    {
        scripts ??= Paper;
        var list = new List<(string, string, string)>();
        void Compare(string setting, Func<RegularizationSettings, string> value)
        {
            string here = value(this), theirs = value(scripts);
            if (here != theirs) list.Add((setting, here, theirs));
        }
        static string Number(double value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);
        Compare($"{nameof(Features)}, {nameof(Classifier)}", s => $"[{string.Join(", ", s.Features.Select(f => f == Vgg.Pool ? "M" : Number(f)))}] → [{string.Join(", ", s.Classifier.Select(c => Number(c)))}]");
        Compare(nameof(TrainingImages), s => Number(s.TrainingImages));
        Compare(nameof(TestImages), s => Number(s.TestImages));
        Compare(nameof(LearningRate), s => Number(s.LearningRate));
        Compare(nameof(Iterations), s => Number(s.Iterations));
        Compare(nameof(SgdIterations), s => Number(s.IterationsOf(PaperDynamic.Sgd)));
        Compare(nameof(RecordEvery), s => Number(s.RecordEvery));
        Compare(nameof(BatchSize), s => Number(s.BatchSize));
        Compare(nameof(GldConstSigma), s => Number(s.GldConstSigma));
        Compare(nameof(CovarianceBatches), s => Number(s.CovarianceBatches));
        Compare(nameof(CovarianceBatchSize), s => Number(s.CovarianceBatchSize));
        Compare(nameof(NoiseRefreshEvery), s => Number(s.NoiseRefreshEvery));
        Compare(nameof(SharpnessSigma), s => Number(s.SharpnessSigma));
        list.Add((nameof(SharpnessDraws), $"{SharpnessDraws} as {SharpnessDraws / 2} antithetic pairs (ν, −ν), at every recorded point", $"{scripts.SharpnessDraws} independent draws, on checkpoints"));
        if (SharedInitialization) list.Add((nameof(SharedInitialization), "true (every dynamic of a seed starts from the same θ₀)", "false (each script draws its own)"));
        list.Add((nameof(Seed), $"{Seed} (initialisations, minibatches, noise and sharpness draws seeded)", "unseeded"));
        list.Add(("train_loss, train_accuracy", "the whole training set at each recorded point", "SGD's script: its current minibatch"));
        list.Add(("gradient_norm, top_eigenvalue, sharpness_signed", $"‖∇L‖, λ₁ (Lanczos, {TopEigenvalueBudget} Hessian-vector products) and E[L(θ + ν)] − L(θ) on the training set at each recorded point", "not measured"));
        if (PrecisionSetting.Departure(Precision) is { } precision) list.Add(precision);
        return list;
    }

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Features, nameof(Features));
        ArgumentNullException.ThrowIfNull(Classifier, nameof(Classifier));
        Guard.Defined(Precision, nameof(Precision));
        Guard.NonEmptyDistinct(Dynamics, nameof(Dynamics), "dynamics");
        foreach (var dynamic in Dynamics)
            if (!ScriptDynamics.Contains(dynamic))
                throw new ArgumentException($"{dynamic.DisplayName()} is not one of the scripts' five dynamics ({string.Join(", ", ScriptDynamics.Select(d => d.DisplayName()))}).", nameof(Dynamics));
        Guard.NonEmptyDistinct(Seeds, nameof(Seeds), "seeds");
        Guard.InRange(TrainingImages, 2, int.MaxValue, nameof(TrainingImages));
        Guard.Positive(TestImages, nameof(TestImages));
        Guard.Positive(LearningRate, nameof(LearningRate));
        Guard.Positive(Iterations, nameof(Iterations));
        if (SgdIterations is int sgd) Guard.Positive(sgd, nameof(SgdIterations));
        Guard.InRange(RecordEvery, 1, Math.Min(Iterations, SgdIterations ?? Iterations), nameof(RecordEvery));
        if (RecordEvery % NoiseRefreshEvery != 0)
            throw new ArgumentOutOfRangeException(nameof(RecordEvery), RecordEvery, $"{nameof(RecordEvery)} must be a multiple of {nameof(NoiseRefreshEvery)} ({NoiseRefreshEvery}), so that each recorded stretch starts on a refresh.");
        Guard.InRange(BatchSize, 1, TrainingImages, nameof(BatchSize));
        Guard.NonNegative(GldConstSigma, nameof(GldConstSigma));
        Guard.InRange(CovarianceBatches, 2, int.MaxValue, nameof(CovarianceBatches));
        Guard.InRange(CovarianceBatchSize, 1, TrainingImages, nameof(CovarianceBatchSize));
        Guard.Positive(NoiseRefreshEvery, nameof(NoiseRefreshEvery));
        Guard.Positive(SharpnessSigma, nameof(SharpnessSigma));
        Guard.EvenAtLeastTwo(SharpnessDraws, nameof(SharpnessDraws));
        Guard.Positive(TopEigenvalueBudget, nameof(TopEigenvalueBudget));
        Guard.Parallelism(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
        Guard.Positive(ConcurrentRuns, nameof(ConcurrentRuns));
    }
}
