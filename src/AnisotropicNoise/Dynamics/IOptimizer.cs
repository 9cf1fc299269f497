namespace AnisotropicNoise.Dynamics;

/// <summary>How a gradient becomes a step (plain gradient step, Adam, …). Stateless: each run gets its own state.</summary>
public interface IOptimizer
{
    /// <summary>The learning rate <c>η</c> of step <paramref name="step"/>, which also scales noise matched to SGD's.</summary>
    double LearningRate(int step);

    /// <summary>Creates the per-run state for <paramref name="dimension"/> parameters.</summary>
    IOptimizerState Start(int dimension);
}

/// <summary>The state of one run of an <see cref="IOptimizer"/> (moment estimates, step count).</summary>
public interface IOptimizerState
{
    /// <summary>Applies step <paramref name="step"/> to <paramref name="theta"/> in place, from <paramref name="gradient"/>.</summary>
    void Step(int step, Span<double> theta, ReadOnlySpan<double> gradient);
}
