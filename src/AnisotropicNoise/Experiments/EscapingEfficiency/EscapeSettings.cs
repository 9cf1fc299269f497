namespace AnisotropicNoise.Experiments.EscapingEfficiency;

/// <summary>Settings of a Monte Carlo escaping-efficiency run from the minimum of a quadratic.</summary>
/// <param name="LearningRate">The step <c>η</c> of the discrete dynamics (noise <c>N(0, ηΣ)</c> per step), also the Euler–Maruyama time step; step <c>n</c> is time <c>nη</c>.</param>
/// <param name="Steps">The number of discrete steps; the horizon is <c>Steps·η</c>.</param>
/// <param name="RecordEvery">Record every this many steps (must divide <paramref name="Steps"/>); the exact OU transition jumps this far at once.</param>
/// <param name="Runs">The number of independent runs averaged, ≥ 2.</param>
/// <param name="Seed">The seed; run <c>i</c> draws from per-run streams, so results do not depend on the thread count.</param>
public sealed record EscapeSettings(double LearningRate = 0.01, int Steps = 200, int RecordEvery = 10, int Runs = 1000, long Seed = 1);
