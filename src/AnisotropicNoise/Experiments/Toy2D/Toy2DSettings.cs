using AnisotropicNoise.Dynamics;

namespace AnisotropicNoise.Experiments.Toy2D;

/// <summary>The settings of the two-dimensional escape experiment (the paper's Fig. 2); the defaults are the paper's.</summary>
public sealed record Toy2DSettings
{
    /// <summary>The number of examples <c>N</c>, drawn anew for each repetition.</summary>
    public int Examples { get; init; } = 100;

    /// <summary>The learning rate <c>η</c>.</summary>
    public double LearningRate { get; init; } = 0.005;

    /// <summary>The number of iterations of each run.</summary>
    public int Steps { get; init; } = 500;

    /// <summary>The total variance <c>s</c> of the noise added to <c>w</c> at each step (all GLD variants).</summary>
    public double NoiseTrace { get; init; } = 0.01;

    /// <summary>
    /// The tail index <c>α</c> of every GLD noise: 2 (the default) is the paper's Gaussian noise; below 2 each noise keeps
    /// its shape and becomes sub-Gaussian α-stable (<see cref="Noise.SubGaussianStableNoise"/>), its Gaussian shape of trace <c>s</c>.
    /// </summary>
    public double NoiseTailIndex { get; init; } = 2;

    /// <summary>The starting point, the sharp minimum's neighbourhood.</summary>
    public (double X, double Y) Start { get; init; } = (1, 1);

    /// <summary>A run escapes when both final coordinates are below this value.</summary>
    public double SuccessThreshold { get; init; } = -0.5;

    /// <summary>The number of independent repetitions (new data each time).</summary>
    public int Repetitions { get; init; } = 100;

    /// <summary>The seed; repetition <c>r</c> of a dynamic draws from streams derived from (seed, r, the dynamic's stream key).</summary>
    public long Seed { get; init; } = 2019;

    /// <summary>
    /// SGD's minibatch size <c>m</c>, drawn without replacement. Fig. 2 of the paper has no SGD run;
    /// the default 1 gives SGD its largest noise.
    /// </summary>
    public int SgdBatchSize { get; init; } = 1;

    /// <summary>Trajectories keep every this many steps (and the first and last).</summary>
    public int TrajectoryEvery { get; init; } = 5;

    /// <summary>The most repetitions run at once; −1 for one per core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The dynamics to run (any of <see cref="Toy2DDynamics.All"/>), in the order of the results.</summary>
    public IReadOnlyList<PaperDynamic> Dynamics { get; init; } = Toy2DDynamics.All;

    /// <summary>The contour grid spans [−ContourHalfWidth, ContourHalfWidth]² around both minima.</summary>
    public double ContourHalfWidth { get; init; } = 2;

    /// <summary>The number of contour grid points along each axis.</summary>
    public int ContourPoints { get; init; } = 101;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        Guard.Positive(Examples, nameof(Examples));
        Guard.Positive(LearningRate, nameof(LearningRate));
        Guard.Positive(Steps, nameof(Steps));
        Guard.NonNegative(NoiseTrace, nameof(NoiseTrace));
        if (!(NoiseTailIndex > 0 && NoiseTailIndex <= 2)) throw new ArgumentOutOfRangeException(nameof(NoiseTailIndex), NoiseTailIndex, "NoiseTailIndex must be in (0, 2].");
        Guard.Finite(Start.X, nameof(Start));
        Guard.Finite(Start.Y, nameof(Start));
        Guard.Finite(SuccessThreshold, nameof(SuccessThreshold));
        Guard.Positive(Repetitions, nameof(Repetitions));
        Guard.InRange(SgdBatchSize, 1, Examples, nameof(SgdBatchSize));
        Guard.Positive(TrajectoryEvery, nameof(TrajectoryEvery));
        Guard.Parallelism(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
        Guard.NonEmptyDistinct(Dynamics, nameof(Dynamics), "dynamics");
        foreach (var dynamic in Dynamics) Toy2DDynamics.Check(dynamic, nameof(Dynamics));
        Guard.Positive(ContourHalfWidth, nameof(ContourHalfWidth));
        Guard.InRange(ContourPoints, 2, 1000, nameof(ContourPoints));
    }
}
