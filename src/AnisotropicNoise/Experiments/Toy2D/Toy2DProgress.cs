namespace AnisotropicNoise.Experiments;

/// <summary>Progress of a <see cref="Toy2D"/> run: repetitions finished (all their dynamics) out of the total.</summary>
/// <param name="Completed">Repetitions finished so far.</param>
/// <param name="Total">Repetitions in the run.</param>
public readonly record struct Toy2DProgress(int Completed, int Total);
