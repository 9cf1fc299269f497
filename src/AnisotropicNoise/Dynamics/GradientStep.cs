namespace AnisotropicNoise.Dynamics;

/// <summary>The plain step <c>θ ← θ − η g</c> with a constant learning rate.</summary>
public sealed class GradientStep : IOptimizer, IOptimizerState
{
    private readonly double _learningRate;

    /// <summary>Creates the step with learning rate <paramref name="learningRate"/> (finite, &gt; 0).</summary>
    public GradientStep(double learningRate) => _learningRate = Guard.Positive(learningRate, nameof(learningRate));

    /// <inheritdoc />
    public double LearningRate(int step) => _learningRate;

    /// <inheritdoc />
    public IOptimizerState Start(int dimension) => this;

    /// <inheritdoc />
    public void Step(int step, Span<double> theta, ReadOnlySpan<double> gradient)
    {
        for (int i = 0; i < theta.Length; i++) theta[i] -= _learningRate * gradient[i];
    }
}
