using AnisotropicNoise.Data;
using AnisotropicNoise.Curvature;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Conditions;

/// <summary>
/// Proposition 2's conditions on the real network (docs/science.md, Proposition 2): at a point, the Hessian's largest
/// eigenvalues and spectral density (condition 1: a few outliers above a bulk), the alignment of SGD's noise
/// <c>Σ̂</c> and of each GLD structure's noise with <c>H</c>'s top eigenvector (condition 2), and the bound
/// <c>a D / (k + D^{1−d})²</c> beside the measured <c>Tr(HΣ) / Tr(HΣ̄)</c>.
/// </summary>
public static class Prop2Conditions
{
    /// <summary>
    /// Measures the conditions at <paramref name="theta"/> with SGD's noise at <paramref name="batchSize"/> (from one shuffled
    /// pass, as the scripts estimate it) and the GLD structures built from it or from <c>H</c> at the same trace: GLD
    /// dynamic (isotropic), GLD diag (<c>diag Σ̂</c>), GLD leading (<c>Σ̂</c>'s top <paramref name="leadingCount"/>
    /// eigenpairs), GLD Hessian (<c>Σ_i |λ_i| u_i u_iᵀ</c> over the top <see cref="ConditionsSettings.TopCount"/>, the
    /// package's scale) and GLD 1st eigvec(H) (<c>u₁ u₁ᵀ</c>); the linear stability along <c>u₁</c> for steps of
    /// <paramref name="learningRate"/>, SGD's from the minibatch Hessians of one shuffled pass; and how nearly the
    /// per-example covariance and SGD's <c>Σ̂</c> are proportional to <c>H</c> in its top eigenspace (<see cref="HessianProportionality"/>). <paramref name="dynamic"/> and
    /// <paramref name="iteration"/> only label the point.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range, or θ has the wrong length.</exception>
    public static ConditionsAt Measure(
        NetworkObjective training, ReadOnlySpan<double> theta, int batchSize, int leadingCount, double learningRate, ConditionsSettings settings,
        string dynamic = Start, int iteration = 0)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        int n = training.Dimension;
        var hessian = HessianAt.Of(training, theta, settings.Seed);
        var top = Lanczos.Top(hessian.Operator, settings.TopCount, RandomStream.ForTask(settings.Seed, 1), tolerance: 1e-6, maxIterations: Math.Min(settings.LanczosBudget, n));
        var traceH = hessian.Trace(settings.TraceProbes);
        var density = hessian.Density(settings.DensityProbes, Math.Min(settings.DensitySteps, n));
        double lambda1 = top.Values[0];
        var (k, d) = Outliers([.. top.Values.Select((l, i) => (i + 1, l)), .. BulkQuantiles.Select(q => ((int)Math.Round((1 - q) * n), density.Quantile(q).Value))], n);
        double[] u1 = top.Vector(0);

        var sigma = SgdNoise.At(training, theta, batchSize, settings.Seed);
        double traceSigma = sigma.Trace;
        var diagonal = sigma.Diagonal();
        var (leadingShare, leadingHSigma) = Leading(sigma.Top(Math.Min(leadingCount, sigma.Rank)), hessian.Operator, u1);
        double[] absolute = [.. top.Values.Select(Math.Abs)];
        var diagonalHSigma = Estimate.Of(Hutchinson.WeightedTrace(hessian.Operator, diagonal, settings.TraceProbes, RandomStream.ForTask(settings.Seed, 5)));
        var sgdHSigma = Estimate.Sum(sigma.ColumnQuadratics(hessian.Operator));

        // Each structure's share along u₁ and its ratio Tr(HΣ)/Tr(HΣ̄) = (Tr(HΣ)/Tr Σ) · D / Tr H; isotropic noise's is 1 by definition.
        var shares = new (string Name, double Share, Estimate Ratio)[]
        {
            ("SGD", sigma.Quadratic(u1) / traceSigma, RatioOf(Scaled(sgdHSigma, 1 / traceSigma), traceH, n)),
            (PaperDynamic.GldDynamic.DisplayName(), 1.0 / n, Estimate.Exact(1)),
            (PaperDynamic.GldDiag.DisplayName(), Enumerable.Range(0, n).Sum(i => diagonal[i] * u1[i] * u1[i]) / traceSigma, RatioOf(Scaled(diagonalHSigma, 1 / traceSigma), traceH, n)),
            (PaperDynamic.GldLeading.DisplayName(), leadingShare, RatioOf(Estimate.Exact(leadingHSigma), traceH, n)),
            (PaperDynamic.GldHessian.DisplayName(), absolute[0] / absolute.Sum(), RatioOf(Estimate.Exact(top.Values.Select((l, i) => absolute[i] * l).Sum() / absolute.Sum()), traceH, n)),
            (PaperDynamic.GldEigenvector.DisplayName(), 1.0, RatioOf(Estimate.Exact(lambda1), traceH, n)),
        };
        double boundFactor = AnisotropyBound.Lower(1, n, k, d);
        var structures = shares.Select(s =>
        {
            var alignment = Scaled(traceH, s.Share / lambda1);
            // a λ₁² D / Tr(H)² = share · λ₁ D / Tr H: relative error Tr H's.
            double intermediate = s.Share * lambda1 * n / traceH.Value;
            return new NoiseAlignment(s.Name, s.Share, alignment, new Estimate(intermediate, intermediate * traceH.StandardError / traceH.Value), Scaled(alignment, boundFactor), s.Ratio);
        }).ToArray();
        var stability = LinearStability.Of(learningRate, lambda1, MinibatchProducts(training, theta, u1, batchSize, RandomStream.ForTask(settings.Seed, 6)));
        (string, HessianProportionality)[] proportionality =
        [
            (PerExample, HessianProportionality.Of(GradientCovariance.PerExample(training, theta), top, training.Count)),
            ("SGD", HessianProportionality.Of(sigma, top, batchSize)),
            .. training.Count >= 2 * WideBatchSize
                ? [(WideBatch, HessianProportionality.Of(SgdNoise.At(training, theta, WideBatchSize, settings.Seed), top, WideBatchSize))]
                : Array.Empty<(string, HessianProportionality)>(),
        ];
        return new ConditionsAt(dynamic, iteration, n, top.Values, traceH, density.Quantile(settings.BulkQuantile), Estimate.Mean([.. density.Rules.Select(r => r.Nodes[^1])]), k, d, structures, stability, density, proportionality);
    }

    // Beyond the Lanczos eigenvalues, λ_{k+1} for larger k is read off the density: the quantile with (1 − q) D eigenvalues above it.
    private static readonly double[] BulkQuantiles = [0.995, 0.99, 0.98, 0.95, 0.9];

    /// <summary>
    /// Condition 1 from the ranked eigenvalues <paramref name="ranked"/> (rank <c>r</c> from 1, value <c>λ_r</c>; the first
    /// is <c>λ₁</c>): for each <c>k = r − 1 ≥ 1</c>, the exponent <c>d_k = ln(λ₁/λ_{k+1}) / ln D</c> (+∞ when
    /// <c>λ_{k+1} ≤ 0</c>; every later eigenvalue is at most <c>λ_{k+1}</c>), and the <c>k</c> whose bound factor
    /// <c>D / (k + D^{1−d_k})²</c> is largest.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two ranks, the first not rank 1 with a positive value.</exception>
    public static (int K, double D) Outliers(IReadOnlyList<(int Rank, double Value)> ranked, int dimension)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        if (ranked.Count < 2 || ranked[0].Rank != 1 || !(ranked[0].Value > 0))
            throw new ArgumentException("condition 1 needs λ₁ > 0 (rank 1 first) and at least one later eigenvalue.", nameof(ranked));
        (int K, double D, double Factor) best = (1, 0, double.NegativeInfinity);
        foreach (var (rank, value) in ranked.Skip(1))
        {
            int k = rank - 1;
            if (k < 1 || k >= dimension) continue;
            double d = value > 0 ? Math.Log(ranked[0].Value / value) / Math.Log(dimension) : double.PositiveInfinity;
            double factor = AnisotropyBound.Lower(1, dimension, k, d);
            if (factor > best.Factor) best = (k, d, factor);
        }
        return (best.K, best.D);
    }

    /// <summary>
    /// <see cref="Measure"/> along Fig. 3's runs (seed <paramref name="seed"/>) from the sharp minimum <paramref name="start"/>:
    /// the start itself once (labelled <see cref="Start"/>) when <paramref name="iterations"/> holds 0, then each of
    /// <paramref name="dynamics"/> re-run to its other iterations. Progress counts the points measured.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range, or an iteration is not where a run's stretch ends.</exception>
    public static IReadOnlyList<ConditionsAt> Along(
        FashionMnistSettings experiment, NetworkObjective training, ReadOnlySpan<double> start, IReadOnlyList<PaperDynamic> dynamics, int seed,
        IReadOnlyList<int> iterations, ConditionsSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(dynamics);
        ArgumentNullException.ThrowIfNull(iterations);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        int[] later = [.. iterations.Where(i => i != 0)];
        int total = (iterations.Contains(0) ? 1 : 0) + dynamics.Count * later.Length;
        var measured = new List<ConditionsAt>();
        void Add(ConditionsAt point)
        {
            measured.Add(point);
            progress?.Report(new ExperimentProgress(measured.Count, total));
        }
        progress?.Report(new ExperimentProgress(0, total));
        if (iterations.Contains(0)) Add(Measure(training, start, experiment.BatchSize, experiment.LeadingCount, experiment.LearningRate, settings, Start, 0));
        foreach (var dynamic in dynamics)
        {
            var points = later.Length == 0 ? [] : FashionMnistExperiment.ParametersAlong(experiment, training, start, dynamic, seed, later, cancellationToken: cancellationToken);
            for (int i = 0; i < points.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(Measure(training, points[i], experiment.BatchSize, experiment.LeadingCount, experiment.LearningRate, settings, dynamic.DisplayName(), later[i]));
            }
        }
        return measured;
    }

    /// <summary>The label of the per-example gradient covariance <c>C</c> (a minibatch of <c>m</c> drawn with replacement has <c>C/m</c>) in <see cref="ConditionsAt.Proportionality"/>.</summary>
    public const string PerExample = "per-example";

    /// <summary>The batch size of the second <c>Σ̂</c> in <see cref="ConditionsAt.Proportionality"/>, beside SGD's own (its one shuffled pass has ⌊N/100⌋ minibatches; measured where N ≥ 200).</summary>
    public const int WideBatchSize = 100;

    /// <summary>The label of <c>Σ̂</c> at <see cref="WideBatchSize"/> in <see cref="ConditionsAt.Proportionality"/>.</summary>
    public const string WideBatch = "SGD's Σ̂ at m = 100";

    /// <summary>The label of the sharp minimum itself, iteration 0 of every run.</summary>
    public const string Start = "sharp minimum";

    /// <summary>
    /// For <c>Σ_k = Σ_j μ_j v_j v_jᵀ</c>, <paramref name="leading"/>'s pairs: the share <c>u₁ᵀΣ_k u₁ / Tr Σ_k</c> and
    /// <c>Tr(HΣ_k) / Tr Σ_k</c> (one product per pair).
    /// </summary>
    private static (double Share, double CurvaturePerTrace) Leading(Eigenpairs leading, ILinearOperator hessian, double[] u1)
    {
        double trace = leading.Values.Sum(), share = 0, curvature = 0;
        var product = new double[u1.Length];
        for (int j = 0; j < leading.Count; j++)
        {
            double[] v = leading.Vector(j);
            hessian.Apply(v, product);
            share += leading.Values[j] * Square(Dot(v, u1));
            curvature += leading.Values[j] * Dot(v, product);
        }
        return (share / trace, curvature / trace);
    }

    /// <summary><c>H_B u</c> for each minibatch <c>B</c> of <paramref name="batchSize"/> examples of one shuffled pass (⌊N/m⌋ of them).</summary>
    private static double[][] MinibatchProducts(NetworkObjective training, ReadOnlySpan<double> theta, double[] u, int batchSize, RandomStream random)
    {
        var data = training.Data;
        int[] order = [.. Enumerable.Range(0, data.Count)];
        random.Shuffle<int>(order);
        var products = new double[data.Count / batchSize][];
        for (int b = 0; b < products.Length; b++)
        {
            var features = new double[batchSize * data.FeatureCount];
            var labels = new int[batchSize];
            for (int j = 0; j < batchSize; j++)
            {
                int i = order[b * batchSize + j];
                data.Features(i).CopyTo(features.AsSpan(j * data.FeatureCount));
                labels[j] = data.Label(i);
            }
            var minibatch = new NetworkObjective(training.Network, new LabeledExamples(features, data.FeatureCount, labels, data.ClassCount), training.MaxDegreeOfParallelism, training.Precision);
            products[b] = new double[u.Length];
            minibatch.HessianVectorProduct(theta, u, products[b]);
        }
        return products;
    }

    // The ratio Tr(HΣ)/Tr(HΣ̄) = (Tr(HΣ)/Tr Σ) · D / Tr H, errors of the two independent estimates combined (delta method).
    private static Estimate RatioOf(Estimate curvaturePerTrace, Estimate traceH, int n)
    {
        double ratio = curvaturePerTrace.Value * n / traceH.Value;
        double relative = Math.Sqrt(Square(curvaturePerTrace.StandardError / curvaturePerTrace.Value) + Square(traceH.StandardError / traceH.Value));
        return new Estimate(ratio, Math.Abs(ratio) * relative);
    }

    private static Estimate Scaled(Estimate e, double factor) => new(e.Value * factor, e.StandardError * Math.Abs(factor));

    private static double Square(double x) => x * x;

    private static double Dot(double[] a, double[] b) => VectorKernels.Dot(a, b);
}
