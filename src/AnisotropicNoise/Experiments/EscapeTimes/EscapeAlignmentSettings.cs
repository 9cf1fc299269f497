namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// The escape-alignment experiment on <see cref="Landscapes.DoubleWellValley"/>: the well along <c>x</c> (as
/// <see cref="EscapeScalingSettings"/>' reference), one learning rate and batch size, and the curvatures across it.
/// </summary>
public sealed record EscapeAlignmentSettings
{
    /// <summary>The barrier <c>ΔL</c> along <c>x</c>.</summary>
    public double Barrier { get; init; } = 1;

    /// <summary>The curvature <c>H_a</c> at the minimum along <c>x</c>.</summary>
    public double Curvature { get; init; } = 2;

    /// <summary>The curvature <c>H_b</c> (&lt; 0) at the top.</summary>
    public double TopCurvature { get; init; } = -2;

    /// <summary><c>κ</c>.</summary>
    public double NoiseScale { get; init; } = 16;

    /// <summary><c>η</c>.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary><c>B</c> (SGD's temperature along <c>x</c> at the minimum is <c>η κ H_a / (2B)</c> = 0.4 by default: quick escapes).</summary>
    public int BatchSize { get; init; } = 2;

    /// <summary>The curvatures <c>H_y</c> across the valley: below <c>H_a</c> the escape runs along the sharp direction, above it along the flat one.</summary>
    public IReadOnlyList<double> TransverseCurvatures { get; init; } = [0.5, 1, 4, 8];

    /// <summary>Independent runs per curvature and dynamic.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>The time (iterations × η) after which a run is censored.</summary>
    public double MaxTime { get; init; } = 2000;

    /// <summary>The seed.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The most runs simulated at once; −1 for every core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        Guard.Positive(Barrier, nameof(Barrier));
        Guard.Positive(Curvature, nameof(Curvature));
        if (!(TopCurvature < 0) || !double.IsFinite(TopCurvature)) throw new ArgumentOutOfRangeException(nameof(TopCurvature), TopCurvature, "must be negative.");
        Guard.Positive(NoiseScale, nameof(NoiseScale));
        Guard.Positive(LearningRate, nameof(LearningRate));
        Guard.Positive(BatchSize, nameof(BatchSize));
        if (TransverseCurvatures.Count == 0) throw new ArgumentException("at least one transverse curvature is needed.", nameof(TransverseCurvatures));
        foreach (double h in TransverseCurvatures)
        {
            Guard.Positive(h, nameof(TransverseCurvatures));
            if (h == Curvature) throw new ArgumentException($"H_y = H_a = {h} leaves the Hessian's top eigenvector undefined at the minimum.", nameof(TransverseCurvatures));
        }
        Guard.InRange(Runs, 2, int.MaxValue, nameof(Runs));
        Guard.Positive(MaxTime, nameof(MaxTime));
        Guard.Parallelism(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
    }
}
