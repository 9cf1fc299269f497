namespace AnisotropicNoise.Experiments;

/// <summary>Progress of an experiment: units of work finished (repetitions, epochs, widths) out of the total.</summary>
/// <param name="Completed">Units finished so far.</param>
/// <param name="Total">Units in the run.</param>
public readonly record struct ExperimentProgress(int Completed, int Total);
