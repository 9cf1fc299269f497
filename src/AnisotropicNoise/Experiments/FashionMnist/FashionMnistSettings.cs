using System.Globalization;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Tables;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// The settings of the FashionMNIST experiment (the paper's Fig. 3). <see cref="Paper"/> holds the
/// authors' settings; <see cref="Quick"/> keeps the data, the GD phase and the dynamics but runs far
/// fewer iterations; <see cref="ReleasedScript"/> trains on the 6,000 images the released script slices.
/// Every difference from the authors' scripts is one of these settings (see <see cref="Departures"/>).
/// </summary>
public sealed record FashionMnistSettings
{
    /// <summary>The paper's settings: 1,000 + 200 corrupted training images, the 10,000 test images, 20,000 iterations (the scripts' <c>--maxiter</c>).</summary>
    public static FashionMnistSettings Paper { get; } = new();

    /// <summary>
    /// The paper's training set, GD phase and dynamics, but 100 iterations measured every 50, 2,000 test
    /// images at the intermediate points (all 10,000 at the start and the end) and fewer Hutchinson
    /// probes. Both presets share the GD phase's checkpoint.
    /// </summary>
    public static FashionMnistSettings Quick { get; } = new()
    {
        Iterations = 100, RecordEvery = 50, RecordTestImages = 2000, TraceProbes = 10, SharpnessMaxPairs = 200,
    };

    /// <summary>
    /// Seconds, for tests and the notebooks' quick mode: 60 training images (10 of them relabelled), 100 test images, a GD
    /// phase of at most 20 steps, 4 iterations of each dynamic recorded every 2, two seeds, and small eigensolver and
    /// estimator budgets. Nothing in it is meant to be read as a result.
    /// </summary>
    public static FashionMnistSettings Tiny { get; } = new()
    {
        TrainingImages = 60, CorruptedFrom = 50, CorruptedImages = 10, TestImages = 100, RecordTestImages = 50, SharpnessTestImages = 50,
        GdMaxIterations = 20, Iterations = 4, RecordEvery = 2, NoiseRefreshEvery = 2, Seeds = [1, 2], BatchSize = 10,
        LeadingCount = 3, LanczosBudget = 6, PowerIterations = 3, SharpnessMaxPairs = 4, TraceProbes = 2, TopEigenvalueBudget = 3,
    };

    /// <summary>The released <c>mnist2np.py</c>'s variant: the first 6,000 training images, indices 1000–1199 relabelled at random.</summary>
    public static FashionMnistSettings ReleasedScript { get; } = new() { TrainingImages = 6000 };

    /// <summary>The first images of the training file that make the training set.</summary>
    public int TrainingImages { get; init; } = 1200;

    /// <summary>The first training index whose label is replaced by a uniformly random one (the scripts: 1000).</summary>
    public int CorruptedFrom { get; init; } = 1000;

    /// <summary>How many labels from <see cref="CorruptedFrom"/> on are replaced (the scripts: 200).</summary>
    public int CorruptedImages { get; init; } = 200;

    /// <summary>Test images (the first ones of the test file) for the start and the final measurement.</summary>
    public int TestImages { get; init; } = 10000;

    /// <summary>Test images (the first ones) for the measurements between the start and the end; at most <see cref="TestImages"/>.</summary>
    public int RecordTestImages { get; init; } = 10000;

    /// <summary>The learning rate of the full-batch GD phase that reaches the sharp minimum.</summary>
    public double GdLearningRate { get; init; } = 0.1;

    /// <summary>When the GD phase stops (besides <see cref="GdMaxIterations"/>).</summary>
    public GdStopRule GdStop { get; init; } = GdStopRule.Fit;

    /// <summary>The GD phase's step cap; with <see cref="GdStopRule.Steps"/> it runs exactly this many.</summary>
    public int GdMaxIterations { get; init; } = 20000;

    /// <summary>With <see cref="GdStopRule.Loss"/>, the GD phase stops at the first step whose training loss is at most this.</summary>
    public double GdLossThreshold { get; init; } = 0.01;

    /// <summary>The learning rate <c>η</c> of the eight dynamics.</summary>
    public double LearningRate { get; init; } = 0.07;

    /// <summary>The minibatch size <c>m</c> of SGD and of the shuffled pass behind <c>Σ̂</c>.</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>GLD const's noise standard deviation <c>σ</c> (added to the gradient).</summary>
    public double GldConstSigma { get; init; } = 1e-3;

    /// <summary>Iterations of each dynamic from the sharp minimum.</summary>
    public int Iterations { get; init; } = 20000;

    /// <summary>The indicators are measured every this many iterations <c>r</c> (and at the start and the end); a multiple of <see cref="NoiseRefreshEvery"/>.</summary>
    public int RecordEvery { get; init; } = 500;

    /// <summary>The dynamics to run (all eight by default).</summary>
    public IReadOnlyList<PaperDynamic> Dynamics { get; init; } = PaperDynamics.All;

    /// <summary>The seeds of the dynamics phase: each noisy dynamic runs once per seed from the same sharp minimum; GD, which draws nothing, runs once.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3];

    /// <summary>
    /// Whether the CNN's biases start from the weights' truncated normal, as the scripts draw all 11,330 numbers; false
    /// (the default, and the runs saved so far) starts them at zero.
    /// </summary>
    public bool BiasesFromTruncatedNormal { get; init; }

    /// <summary>The leading eigenpairs <c>k</c> of GLD leading and GLD Hessian.</summary>
    public int LeadingCount { get; init; } = 20;

    /// <summary>
    /// Steps between recomputations of a noise's structure, for the dynamics of this experiment that refresh on a cadence:
    /// GLD leading and GLD Hessian (the scripts': 10; GLD dynamic and GLD diag re-estimate every step here, as in the
    /// scripts, and GLD 1st eigvec(H) every <see cref="EigenvectorRefreshEvery"/>). The same setting as
    /// <see cref="Regularization.RegularizationSettings.NoiseRefreshEvery"/>.
    /// </summary>
    public int NoiseRefreshEvery { get; init; } = 10;

    /// <summary>GLD leading's size: the top-k part of <c>Σ̂</c> itself (the scripts) or rescaled to <c>Tr Σ̂</c>.</summary>
    public LeadingScale LeadingScale { get; init; } = LeadingScale.TopKOfSigmaHat;

    /// <summary>
    /// GLD leading draws fresh noise at every step (true, as every other dynamic) or only on its refresh
    /// steps, zero in between (false: the released <c>gld_lead.py</c>).
    /// </summary>
    public bool LeadingDrawsEveryStep { get; init; } = true;

    /// <summary>Which top-k Hessian eigenpairs GLD Hessian keeps: by magnitude, weighted by |λ| (the scripts' <c>eigsh(…, 'LM')</c>), or the algebraically largest.</summary>
    public Curvature.EigenSelection HessianSelection { get; init; } = Curvature.EigenSelection.LargestMagnitude;

    /// <summary>How GLD Hessian's noise is sized from its eigenpairs: SGD's trace <c>η² Tr Σ̂</c> (the default), or the scripts' weights.</summary>
    public HessianScale HessianScale { get; init; } = HessianScale.TraceOfSigmaHat;

    /// <summary>GLD 1st eigvec(H)'s random start (cold: every refresh; warm: the first): Gaussian, or the scripts' uniform on [0, 1).</summary>
    public Noise.EigenvectorStart EigenvectorStart { get; init; } = Noise.EigenvectorStart.Gaussian;

    /// <summary>The most Lanczos products per GLD Hessian refresh.</summary>
    public int LanczosBudget { get; init; } = 60;

    /// <summary>Power-iteration steps of GLD 1st eigvec(H) per refresh.</summary>
    public int PowerIterations { get; init; } = 30;

    /// <summary>GLD 1st eigvec(H) recomputes its eigenvector and magnitude every this many steps (the authors' script: every step).</summary>
    public int EigenvectorRefreshEvery { get; init; } = 1;

    /// <summary>
    /// GLD 1st eigvec(H)'s power iteration starts from the previous refresh's eigenvector and stops at
    /// <see cref="EigenvectorTolerance"/> (true), or runs <see cref="PowerIterations"/> products from a
    /// fresh random start at every refresh (false: the released <c>gld_1Hess.py</c>).
    /// </summary>
    public bool EigenvectorWarmStart { get; init; } = true;

    /// <summary>
    /// What iterates GLD 1st eigvec(H)'s warm solve: Lanczos (the default: fewer products, the same stopping rule) or power
    /// iteration (as the scripts iterate; the saved double-precision runs).
    /// </summary>
    public Noise.WarmEigenSolver EigenvectorWarmSolver { get; init; } = Noise.WarmEigenSolver.Lanczos;

    /// <summary>
    /// On a step where the noise makes Σ̂'s shuffled pass, the step takes <c>∇L(θ)</c> as the mean of the pass's minibatch
    /// gradients (the same maths when the batch size divides N, summed in another order) instead of computing a second
    /// full gradient: GLD dynamic and diag do about half the work a step. True by default; false reproduces the saved
    /// double-precision runs bit for bit.
    /// </summary>
    public bool GradientFromShuffledPass { get; init; } = true;

    /// <summary>The warm power iteration stops once <c>‖Hv − λv‖ ≤ tolerance·|λ|</c>.</summary>
    public double EigenvectorTolerance { get; init; } = Noise.HessianEigenvectorNoise.DefaultTolerance;

    /// <summary>The perturbation scale of the expected sharpness (the scripts' <c>flatness.py</c>: 0.01).</summary>
    public double SharpnessSigma { get; init; } = Indicators.ExpectedSharpness.PaperSigma;

    /// <summary>Antithetic pairs are added until each sharpness estimate's standard error is at most this fraction of it.</summary>
    public double SharpnessRelativeError { get; init; } = 0.05;

    /// <summary>The most antithetic pairs per sharpness estimate (the scripts: 1,000 single draws).</summary>
    public int SharpnessMaxPairs { get; init; } = 500;

    /// <summary>Test images (the first ones) on which the test-set sharpness is measured.</summary>
    public int SharpnessTestImages { get; init; } = 1000;

    /// <summary>Hutchinson probes behind <c>Tr H</c> in <c>Tr(HΣ̄̂) = Tr H · Tr Σ̂ / D</c>.</summary>
    public int TraceProbes { get; init; } = 20;

    /// <summary>The most Lanczos products for the top Hessian eigenvalue reported at each point.</summary>
    public int TopEigenvalueBudget { get; init; } = 30;

    /// <summary>The seed of the label corruption, the initialisation, the stand-in data and the measurements' draws.</summary>
    public long Seed { get; init; } = 2019;

    /// <summary>The most threads a loss or gradient uses; −1 for every core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The precision the network computes in (the scripts: PyTorch's single precision); the GD phase and every run are kept apart by it.</summary>
    public Networks.NetworkPrecision Precision { get; init; } = Networks.NetworkPrecision.Single;

    /// <summary>
    /// How many runs (dynamic and seed) go at once, each on every core it can get: a single run leaves a
    /// core idle in its sequential parts (eigensolver arithmetic, sampling, small minibatches). Results do not depend on it.
    /// </summary>
    public int ConcurrentRuns { get; init; } = 2;

    /// <summary>
    /// These settings with the numerics the committed double-precision runs of <c>results/06-fashion-mnist/</c> were made
    /// with (double precision, a separate full-batch gradient, warm power iteration): their run keys, so the run store
    /// finds those runs, and their numbers bit for bit.
    /// </summary>
    public FashionMnistSettings WithSavedRunNumerics() => this with
    {
        Precision = Networks.NetworkPrecision.Double,
        GradientFromShuffledPass = false,
        EigenvectorWarmSolver = Noise.WarmEigenSolver.PowerIteration,
    };

    /// <summary>Training images that keep their true labels.</summary>
    public int CleanImages => TrainingImages - CorruptedImages;

    /// <summary>
    /// The start point the dynamics set out from, in words (a results file's <c>start</c> column): where the GD phase stops,
    /// its precision, the training images and the data seed, e.g. "first fit in single precision (1200 images; data seed 2019)".
    /// </summary>
    public string StartPoint => string.Create(CultureInfo.InvariantCulture,
        $"{GdStop switch { GdStopRule.Fit => "first fit", GdStopRule.Steps => $"{GdMaxIterations} GD steps", _ => $"GD to loss {GdLossThreshold}" }} " +
        $"in {Precision.ToString().ToLowerInvariant()} precision ({TrainingImages} images; data seed {Seed})");

    /// <summary><see cref="Departures"/> as a table: setting, value here, the scripts' value.</summary>
    public ResultTable DeparturesTable(FashionMnistData? data = null) => Tables.DeparturesTable.Of(Departures(data));

    /// <summary>
    /// The settings that differ from the authors' released FashionMNIST scripts, each as
    /// <c>(setting, value here, the scripts' value)</c>, led by how <paramref name="data"/>'s images differ from theirs
    /// (<see cref="FashionMnistData.Departure"/>) when given; the notebook, the CLI and the results file list them.
    /// </summary>
    public IReadOnlyList<(string Setting, string Here, string Scripts)> Departures(FashionMnistData? data = null)
    {
        var list = new List<(string, string, string)>();
        if (data?.Departure is { } images) list.Add(images);
        if (TrainingImages != 6000)
            list.Add((nameof(TrainingImages), $"{TrainingImages} (the paper's text: 1,000 clean + 200 random)", "6000 (mnist2np.py slices 6,000; indices 1000–1199 random)"));
        if (LeadingDrawsEveryStep) list.Add((nameof(LeadingDrawsEveryStep), "true (fresh GLD leading noise every step)", "false (gld_lead.py draws only every 10th step, zero between)"));
        if (HessianSelection != Curvature.EigenSelection.LargestMagnitude) list.Add((nameof(HessianSelection), HessianSelection.ToString(), "LargestMagnitude (eigsh 'LM', |λ|)"));
        if (HessianScale != HessianScale.ScriptsSignedSum)
            list.Add((nameof(HessianScale), "TraceOfSigmaHat (GLD Hessian's weights |λᵢ|/Σ|λⱼ|: noise trace η² Tr Σ̂, SGD's)",
                "ScriptsSignedSum (gld_hess.py divides the top 20 by their signed sum, then takes |·|: trace Σ|λ|/|Σλ| · η² Tr Σ̂)"));
        if (!BiasesFromTruncatedNormal)
            list.Add((nameof(BiasesFromTruncatedNormal), "false (the CNN's 80 biases start at zero)", "true (every variable, biases included, from the truncated normal)"));
        if (EigenvectorStart != Noise.EigenvectorStart.Uniform)
            list.Add((nameof(EigenvectorStart), $"{EigenvectorStart} (GLD 1st eigvec(H)'s random start, cold at every refresh, warm at the first)", "Uniform (gld_1Hess.py: torch.rand, entries uniform on [0, 1))"));
        if (Iterations != 20000) list.Add((nameof(Iterations), $"{Iterations}", "20000"));
        if (LeadingScale != LeadingScale.TopKOfSigmaHat) list.Add((nameof(LeadingScale), LeadingScale.ToString(), nameof(LeadingScale.TopKOfSigmaHat)));
        if (GdStop != GdStopRule.Steps)
            list.Add((nameof(GdStop), GdStop == GdStopRule.Fit ? "Fit (first step with 100 % training accuracy)" : $"Loss ≤ {GdLossThreshold}", "gd.py runs up to 20,000 steps; the dynamics start from a checkpoint the code does not record"));
        list.Add((nameof(Seed), $"{Seed} (Σ̂'s shuffled pass, the label corruption and the initialisation are seeded)", "unseeded"));
        if (EigenvectorRefreshEvery != 1) list.Add((nameof(EigenvectorRefreshEvery), $"{EigenvectorRefreshEvery}", "1"));
        if (PowerIterations != 30) list.Add((nameof(PowerIterations), $"{PowerIterations}", "30"));
        if (EigenvectorWarmStart)
            list.Add((nameof(EigenvectorWarmStart), $"true (GLD 1st eigvec(H): {(EigenvectorWarmSolver == Noise.WarmEigenSolver.Lanczos ? "Lanczos" : "power iteration")} from the previous step's vector until ‖Hv − λv‖ ≤ {EigenvectorTolerance:G2}·|λ|, at most {PowerIterations} products)",
                "false (30 products from a uniform random start at every step)"));
        if (GradientFromShuffledPass)
            list.Add((nameof(GradientFromShuffledPass), "true (on refresh steps ∇L is the mean of Σ̂'s minibatch gradients: the same maths, summed in another order)", "false (a separate full-batch gradient)"));
        list.Add((nameof(LanczosBudget), $"{LanczosBudget} (GLD Hessian: Lanczos from a random start, at most {LanczosBudget} products, top {LeadingCount})", "scipy eigsh(H/‖H‖_F, k=20, 'LM') to convergence"));
        list.Add(($"{nameof(SharpnessRelativeError)}, {nameof(SharpnessMaxPairs)}, {nameof(SharpnessTestImages)}", $"antithetic pairs until SE ≤ {SharpnessRelativeError:P0} (≤ {SharpnessMaxPairs} pairs); test set: first {SharpnessTestImages} images", "1,000 single draws on the whole training and test sets"));
        if (RecordTestImages < TestImages) list.Add((nameof(RecordTestImages), $"{RecordTestImages} between start and end, {TestImages} at both", $"{TestImages}"));
        if (Seeds.Count > 1) list.Add(SeedsDeparture(string.Join(",", Seeds)));
        if (PrecisionSetting.Departure(Precision) is { } precision) list.Add(precision);
        return list;
    }

    /// <summary>The departure that names the dynamics seeds (<paramref name="seeds"/> in words): the scripts run once, unseeded.</summary>
    internal static (string Setting, string Here, string Scripts) SeedsDeparture(string seeds) => (nameof(Seeds), seeds, "one unseeded run");

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (HessianScale == HessianScale.ScriptsSignedSum && HessianSelection != Curvature.EigenSelection.LargestMagnitude)
            throw new ArgumentException(
                $"{nameof(HessianScale)} = {HessianScale} weighs eigenpairs kept by magnitude; it needs {nameof(HessianSelection)} = LargestMagnitude, not {HessianSelection}.",
                nameof(HessianScale));
        Guard.InRange(TrainingImages, 2, int.MaxValue, nameof(TrainingImages));
        Guard.InRange(CorruptedFrom, 0, TrainingImages, nameof(CorruptedFrom));
        Guard.InRange(CorruptedImages, 0, TrainingImages - CorruptedFrom, nameof(CorruptedImages));
        Guard.Positive(TestImages, nameof(TestImages));
        Guard.InRange(RecordTestImages, 1, TestImages, nameof(RecordTestImages));
        Guard.Positive(GdLearningRate, nameof(GdLearningRate));
        Guard.Defined(GdStop, nameof(GdStop));
        Guard.Defined(Precision, nameof(Precision));
        Guard.Positive(GdMaxIterations, nameof(GdMaxIterations));
        Guard.Positive(GdLossThreshold, nameof(GdLossThreshold));
        Guard.Positive(LearningRate, nameof(LearningRate));
        Guard.InRange(BatchSize, 1, TrainingImages / 2, nameof(BatchSize));
        Guard.NonNegative(GldConstSigma, nameof(GldConstSigma));
        Guard.Positive(Iterations, nameof(Iterations));
        Guard.Positive(RecordEvery, nameof(RecordEvery));
        Guard.Positive(NoiseRefreshEvery, nameof(NoiseRefreshEvery));
        Guard.Positive(EigenvectorRefreshEvery, nameof(EigenvectorRefreshEvery));
        if (RecordEvery % NoiseRefreshEvery != 0 || RecordEvery % EigenvectorRefreshEvery != 0)
            throw new ArgumentOutOfRangeException(nameof(RecordEvery), RecordEvery,
                $"{nameof(RecordEvery)} must be a multiple of {nameof(NoiseRefreshEvery)} ({NoiseRefreshEvery}) and {nameof(EigenvectorRefreshEvery)} ({EigenvectorRefreshEvery}), so that each recorded stretch starts on a refresh.");
        Guard.NonEmptyDistinct(Dynamics, nameof(Dynamics), "paper's dynamics");
        foreach (var dynamic in Dynamics) Guard.Defined(dynamic, nameof(Dynamics));
        Guard.NonEmptyDistinct(Seeds, nameof(Seeds), "seeds");
        Guard.Positive(LeadingCount, nameof(LeadingCount));
        Guard.Defined(LeadingScale, nameof(LeadingScale));
        Guard.Defined(HessianSelection, nameof(HessianSelection));
        Guard.InRange(LanczosBudget, LeadingCount, int.MaxValue, nameof(LanczosBudget));
        Guard.Positive(PowerIterations, nameof(PowerIterations));
        Guard.Defined(EigenvectorWarmSolver, nameof(EigenvectorWarmSolver));
        Guard.OpenUnitInterval(EigenvectorTolerance, nameof(EigenvectorTolerance));
        Guard.Positive(SharpnessSigma, nameof(SharpnessSigma));
        Guard.NonNegative(SharpnessRelativeError, nameof(SharpnessRelativeError));
        Guard.InRange(SharpnessMaxPairs, 2, int.MaxValue, nameof(SharpnessMaxPairs));
        Guard.InRange(SharpnessTestImages, 1, TestImages, nameof(SharpnessTestImages));
        Guard.InRange(TraceProbes, 2, int.MaxValue, nameof(TraceProbes));
        Guard.Positive(TopEigenvalueBudget, nameof(TopEigenvalueBudget));
        Guard.Parallelism(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
        Guard.Positive(ConcurrentRuns, nameof(ConcurrentRuns));
    }
}

/// <summary>When the FashionMNIST experiment's GD phase stops (always at <see cref="FashionMnistSettings.GdMaxIterations"/> at the latest).</summary>
public enum GdStopRule
{
    /// <summary>At the first step that fits the corrupted training set (100 % training accuracy).</summary>
    Fit,

    /// <summary>After exactly <see cref="FashionMnistSettings.GdMaxIterations"/> steps (the released <c>gd.py</c>).</summary>
    Steps,

    /// <summary>At the first step whose training loss is at most <see cref="FashionMnistSettings.GdLossThreshold"/>.</summary>
    Loss,
}

/// <summary>How GLD Hessian's noise is sized from the top-k eigenpairs it keeps (by magnitude).</summary>
public enum HessianScale
{
    /// <summary>Weights <c>|λᵢ| / Σ_j |λⱼ|</c> times SGD's trace: the noise's trace is <c>η² Tr Σ̂</c>, the same size as every matched noise.</summary>
    TraceOfSigmaHat,

    /// <summary>
    /// The released <c>gld_hess.py</c>: the eigenvalues divided by their signed sum, then made positive, <c>|λᵢ / Σ_j λⱼ|</c>,
    /// so the trace is <c>Σ|λ| / |Σλ|</c> times SGD's, larger whenever negative eigenvalues are among the top k.
    /// </summary>
    ScriptsSignedSum,
}

/// <summary>The size of GLD leading's noise.</summary>
public enum LeadingScale
{
    /// <summary><c>N(0, Σ̂_k)</c>: the top-k eigen part of <c>Σ̂</c> itself, total variance <c>Σ_{i≤k} λ_i(Σ̂) ≤ Tr Σ̂</c> (the released <c>gld_lead.py</c>).</summary>
    TopKOfSigmaHat,

    /// <summary><c>Σ̂_k</c> rescaled to trace <c>Tr Σ̂</c>, SGD's magnitude (this project's earlier reading of the paper's text).</summary>
    MatchedTrace,
}
