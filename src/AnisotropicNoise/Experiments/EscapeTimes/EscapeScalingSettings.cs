namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// The escape-scaling experiment on <see cref="Landscapes.FiniteSumDoubleWell"/>: the landscape, the reference point
/// <c>(η, B, H_a)</c> and the three sweeps around it. The defaults put <c>ΔL / T</c> (T the SGD temperature
/// <c>η κ H_a / (2B)</c> at the minimum) between about 2.5 and 7.5, so that every escape is a rare event and
/// none takes more than a few seconds to simulate.
/// </summary>
public sealed record EscapeScalingSettings
{
    /// <summary>The barrier <c>ΔL</c> above the left minimum.</summary>
    public double Barrier { get; init; } = 1;

    /// <summary>The curvature <c>H_b</c> (&lt; 0) at the top.</summary>
    public double TopCurvature { get; init; } = -2;

    /// <summary><c>κ</c>: the per-example gradient variance is <c>κ a²</c>, <c>a² = H</c> at a minimum.</summary>
    public double NoiseScale { get; init; } = 16;

    /// <summary>The reference curvature <c>H_a</c> (the sweeps over <c>B/η</c> and <c>η</c> use it; GLD const's temperature in the curvature sweep is SGD's at it).</summary>
    public double Curvature { get; init; } = 2;

    /// <summary>The reference learning rate <c>η</c>.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>The reference batch size <c>B</c>.</summary>
    public int BatchSize { get; init; } = 4;

    /// <summary>The batch sizes of the <see cref="EscapeSweep.BatchOverStep"/> sweep, at the reference <c>η</c>.</summary>
    public IReadOnlyList<int> BatchSizes { get; init; } = [2, 3, 4, 5, 6];

    /// <summary>The curvatures of the <see cref="EscapeSweep.Curvature"/> sweep, at the reference <c>η</c> and <c>B</c>.</summary>
    public IReadOnlyList<double> Curvatures { get; init; } = [1.5, 2, 2.5, 3, 4];

    /// <summary>The learning rates of the <see cref="EscapeSweep.Step"/> sweep; each runs with <c>B = η · (B/η)</c> of the reference, which must come out a whole number.</summary>
    public IReadOnlyList<double> LearningRates { get; init; } = [0.0125, 0.025, 0.05, 0.1, 0.2];

    /// <summary>Independent runs per cell and dynamic.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>The time (iterations × η) after which a run is censored.</summary>
    public double MaxTime { get; init; } = 100_000;

    /// <summary>The seed; every cell and dynamic draws from its own streams of it.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The most runs simulated at once; −1 for every core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The reference <c>B/η</c>.</summary>
    public double BatchOverStep => BatchSize / LearningRate;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        Guard.Positive(Barrier, nameof(Barrier));
        if (!(TopCurvature < 0) || !double.IsFinite(TopCurvature)) throw new ArgumentOutOfRangeException(nameof(TopCurvature), TopCurvature, "must be negative.");
        Guard.Positive(NoiseScale, nameof(NoiseScale));
        Guard.Positive(Curvature, nameof(Curvature));
        Guard.Positive(LearningRate, nameof(LearningRate));
        Guard.Positive(BatchSize, nameof(BatchSize));
        foreach (var (name, count) in new[] { (nameof(BatchSizes), BatchSizes.Count), (nameof(Curvatures), Curvatures.Count), (nameof(LearningRates), LearningRates.Count) })
            if (count < 2) throw new ArgumentException($"{name} needs at least two values to fit a slope; it has {count}.", name);
        foreach (int b in BatchSizes) Guard.Positive(b, nameof(BatchSizes));
        foreach (double h in Curvatures) Guard.Positive(h, nameof(Curvatures));
        foreach (double eta in LearningRates) _ = BatchSizeAt(eta);
        Guard.InRange(Runs, 2, int.MaxValue, nameof(Runs));
        Guard.Positive(MaxTime, nameof(MaxTime));
        Guard.Parallelism(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
    }

    /// <summary>The batch size that keeps the reference <c>B/η</c> at learning rate <paramref name="learningRate"/>.</summary>
    /// <exception cref="ArgumentException"><c>η · B/η</c> is not a whole number of at least 1.</exception>
    public int BatchSizeAt(double learningRate)
    {
        Guard.Positive(learningRate, nameof(learningRate));
        double b = learningRate * BatchOverStep;
        int rounded = (int)Math.Round(b);
        if (rounded < 1 || Math.Abs(b - rounded) > 1e-9 * b)
            throw new ArgumentException($"learning rate {learningRate} gives B = η·(B/η) = {b}, not a whole number ≥ 1.", nameof(LearningRates));
        return rounded;
    }
}
