namespace AnisotropicNoise.Experiments;

/// <summary>The summaries of SGD's noise at one point of a run.</summary>
/// <param name="Iteration">Iterations since the run's start (0: the start itself).</param>
/// <param name="Statistics">One summary per batch size, measure and direction (<see cref="NoiseStatistics.Measure"/>).</param>
public sealed record NoiseStatisticsAt(int Iteration, IReadOnlyList<NoiseStatistic> Statistics);
