using AnisotropicNoise.Curvature;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.NoiseStatistics;

/// <summary>
/// What SGD's noise looks like at a point, side by side (issue 16): the tail index of the minibatch noise
/// <c>g_B − g</c> pooled over all coordinates (Simsekli et al.'s way), per coordinate, and along the Hessian's top
/// eigenvectors and random directions; the Jarque–Bera p-value and the normal QQ points along each direction; and
/// McCandlish et al.'s <c>B_simple</c> and <c>B_noise</c>.
/// </summary>
public static class NoiseStatistics
{
    /// <summary>
    /// One row per batch size, measure and direction. Tail indices carry a block-bootstrap 95% interval; the
    /// per-coordinate row is the median over coordinates (those whose noise is never exactly zero) with the
    /// distribution-free interval of that median; <c>B_simple</c> and <c>B_noise</c> carry ±1.96 standard errors;
    /// the Jarque–Bera rows carry the p-value alone. Along each direction, the QQ points at
    /// <see cref="NoiseStatisticsSettings.QuantileProbabilities"/>. <paramref name="iteration"/> only labels the point.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range or θ has the wrong length.</exception>
    public static NoiseStatisticsAt Measure<T>(T objective, ReadOnlySpan<double> theta, NoiseStatisticsSettings settings, int iteration = 0)
        where T : IFiniteSumObjective, IHessianVectorProduct
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Guard.Length(theta.Length, objective.Dimension, nameof(theta));
        foreach (int m in settings.BatchSizes) Guard.InRange(m, 1, objective.Count, nameof(settings.BatchSizes));
        int d = objective.Dimension, k = settings.Minibatches;
        var gradient = new double[d];
        objective.Gradient(theta, gradient);
        var hessian = new HessianOperator(objective, theta);
        var directions = Directions(hessian, settings);
        var rows = new List<NoiseStatistic>();
        var quantiles = new List<NoiseQuantile>();
        foreach (int m in settings.BatchSizes)
        {
            var random = RandomStream.ForTask(settings.Seed, 1000 + m);
            var noise = MinibatchNoise(objective, theta, gradient, m, k, random);
            rows.Add(TailRow(m, "pooled", noise.Where(x => x != 0).ToArray(), settings, random));
            rows.Add(CoordinateMedian(m, noise, d, k));
            foreach (var (name, direction) in directions)
            {
                var projected = new double[k];
                for (int r = 0; r < k; r++) projected[r] = VectorKernels.Dot(noise.AsSpan(r * d, d), direction);
                rows.Add(TailRow(m, name, projected, settings, random));
                rows.Add(new NoiseStatistic(m, "jarque_bera_p", name, Normality.JarqueBera(projected).PValue, double.NaN, double.NaN));
                var pairs = Normality.QuantilePairs(projected, settings.QuantileProbabilities);
                quantiles.AddRange(pairs.Select((pair, i) => new NoiseQuantile(m, name, settings.QuantileProbabilities[i], pair.Theoretical, pair.Sample)));
            }
            var scales = GradientNoiseScale.Measure(gradient, hessian,
                CovarianceFactor.SampleCovariance(noise.AsSpan(0, settings.NoiseScaleMinibatches * d), settings.NoiseScaleMinibatches), m);
            rows.Add(Interval(m, "b_simple", scales.Simple));
            rows.Add(Interval(m, "b_noise", scales.Noise));
        }
        return new NoiseStatisticsAt(iteration, rows, quantiles);
    }

    /// <summary>
    /// <see cref="Measure"/> along <see cref="FashionMnistExperiment.Run"/>'s run of <paramref name="dynamic"/> with dynamics seed
    /// <paramref name="seed"/> (Fig. 3), at each of <paramref name="iterations"/> from the sharp minimum <paramref name="start"/>
    /// (see <see cref="FashionMnistExperiment.ParametersAlong"/>); every point with the same minibatches and directions' seed.
    /// Progress counts the points measured.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range, or an iteration is not where a run's stretch ends.</exception>
    public static IReadOnlyList<NoiseStatisticsAt> Along(
        FashionMnistSettings experiment, NetworkObjective training, ReadOnlySpan<double> start, PaperDynamic dynamic, int seed,
        IReadOnlyList<int> iterations, NoiseStatisticsSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var points = FashionMnistExperiment.ParametersAlong(experiment, training, start, dynamic, seed, iterations, cancellationToken: cancellationToken);
        var measured = new List<NoiseStatisticsAt>();
        progress?.Report(new ExperimentProgress(0, points.Count));
        for (int i = 0; i < points.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            measured.Add(Measure(training, points[i], settings, iterations[i]));
            progress?.Report(new ExperimentProgress(i + 1, points.Count));
        }
        return measured;
    }

    private static List<(string Name, double[] Direction)> Directions(HessianOperator hessian, NoiseStatisticsSettings settings)
    {
        var random = RandomStream.ForTask(settings.Seed, 0);
        var directions = new List<(string, double[])>();
        if (settings.EigenDirections > 0)
        {
            var top = Lanczos.Top(hessian, settings.EigenDirections, random, tolerance: 1e-6, maxIterations: settings.LanczosBudget is int b ? Math.Min(b, hessian.Dimension) : null);
            for (int i = 0; i < top.Count; i++)
                directions.Add((FormattableString.Invariant($"eigvec {i + 1} (λ = {top.Values[i]:G4})"), top.Vector(i)));
        }
        for (int j = 0; j < settings.RandomDirections; j++)
        {
            var r = new double[hessian.Dimension];
            random.FillGaussian(r);
            VectorKernels.Scale(1 / Math.Sqrt(VectorKernels.Dot(r, r)), r);
            directions.Add(($"random {j + 1}", r));
        }
        return directions;
    }

    /// <summary><paramref name="count"/> rows of <c>g_B − g</c>, each batch <paramref name="batchSize"/> distinct examples.</summary>
    private static double[] MinibatchNoise(IFiniteSumObjective objective, ReadOnlySpan<double> theta, double[] gradient, int batchSize, int count, RandomStream random)
    {
        int d = objective.Dimension;
        var indices = new int[count * batchSize];
        var pool = Enumerable.Range(0, objective.Count).ToArray();
        for (int r = 0; r < count; r++)
        {
            for (int i = 0; i < batchSize; i++) // a partial Fisher–Yates shuffle: the batch's examples are distinct
            {
                int j = i + random.NextInt(pool.Length - i);
                (pool[i], pool[j]) = (pool[j], pool[i]);
                indices[r * batchSize + i] = pool[i];
            }
        }
        var noise = new double[count * d];
        objective.BatchGradients(theta, indices, batchSize, noise);
        for (int r = 0; r < count; r++) VectorKernels.AddScaled(-1, gradient, noise.AsSpan(r * d, d));
        return noise;
    }

    private static NoiseStatistic TailRow(int batchSize, string direction, double[] samples, NoiseStatisticsSettings settings, RandomStream random)
    {
        var (alpha, low, high) = TailIndex.EstimateWithInterval(samples, random, settings.BootstrapResamples);
        return new NoiseStatistic(batchSize, "tail_index", direction, alpha, low, high);
    }

    private static NoiseStatistic CoordinateMedian(int batchSize, double[] noise, int d, int k)
    {
        var column = new double[k];
        var estimates = new List<double>();
        for (int c = 0; c < d; c++)
        {
            for (int r = 0; r < k; r++) column[r] = noise[r * d + c];
            if (column.All(x => x != 0)) estimates.Add(TailIndex.Estimate(column));
        }
        if (estimates.Count == 0) return new NoiseStatistic(batchSize, "tail_index", "coordinate median", double.NaN, double.NaN, double.NaN);
        var (low, high) = OrderStatistics.MedianInterval(estimates);
        return new NoiseStatistic(batchSize, "tail_index", "coordinate median", OrderStatistics.Quantile(estimates, 0.5), low, high);
    }

    private static NoiseStatistic Interval(int batchSize, string measure, Estimate estimate) =>
        new(batchSize, measure, "-", estimate.Value, estimate.Value - WilsonInterval.Z95 * estimate.StandardError, estimate.Value + WilsonInterval.Z95 * estimate.StandardError);
}

/// <summary>One summary of SGD's noise.</summary>
/// <param name="BatchSize">The minibatch size <c>m</c>.</param>
/// <param name="Measure"><c>tail_index</c>, <c>jarque_bera_p</c>, <c>b_simple</c> or <c>b_noise</c>.</param>
/// <param name="Direction"><c>pooled</c>, <c>coordinate median</c>, <c>eigvec i (λ = …)</c>, <c>random j</c>, or <c>-</c>.</param>
/// <param name="Value">The estimate.</param>
/// <param name="Low">Its 95% interval's lower end (NaN where none).</param>
/// <param name="High">Its 95% interval's upper end (NaN where none).</param>
public sealed record NoiseStatistic(int BatchSize, string Measure, string Direction, double Value, double Low, double High);
