namespace AnisotropicNoise.Experiments.NoiseStatistics;

/// <summary>What <see cref="NoiseStatistics.Measure"/> found at one point of a run.</summary>
/// <param name="Iteration">Iterations since the run's start (0: the start itself).</param>
/// <param name="Statistics">One summary per batch size, measure and direction.</param>
/// <param name="Quantiles">The normal QQ points per batch size and direction (empty when read from a table without them).</param>
public sealed record NoiseStatisticsAt(int Iteration, IReadOnlyList<NoiseStatistic> Statistics, IReadOnlyList<NoiseQuantile> Quantiles);

/// <summary>One point of a normal QQ plot of SGD's noise along one direction.</summary>
/// <param name="BatchSize">The minibatch size <c>m</c>.</param>
/// <param name="Direction">The direction, as in <see cref="NoiseStatistic.Direction"/>.</param>
/// <param name="Probability">The probability the point was chosen for.</param>
/// <param name="Normal">The standard normal quantile at the point's plotting position.</param>
/// <param name="Sample">The standardised sample's order statistic there (equal to <paramref name="Normal"/> for a Gaussian, in the limit).</param>
public sealed record NoiseQuantile(int BatchSize, string Direction, double Probability, double Normal, double Sample);
