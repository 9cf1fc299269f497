using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// What one run of a seeded experiment (one dynamic, one seed) is, for <see cref="SeededRuns"/>: everything that differs
/// between experiments, in its signature.
/// </summary>
/// <param name="Key">The run's key in the store (<see cref="RunKey"/>): everything its rows depend on.</param>
/// <param name="Iterations">How many steps it runs.</param>
/// <param name="Dynamic">The dynamic it runs.</param>
/// <param name="Optimizer">How each step's update is applied.</param>
/// <param name="Start">The parameters it starts from.</param>
/// <param name="Random">Its random stream, fresh.</param>
/// <param name="Measure">The row recorded at an iteration (0 included) from the parameters there.</param>
internal sealed record SeededRun<TRow>(
    string Key, int Iterations, Dynamic Dynamic, IOptimizer Optimizer, Func<double[]> Start, Func<RandomStream> Random, Func<int, double[], TRow> Measure);
