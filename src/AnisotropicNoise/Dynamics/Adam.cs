namespace AnisotropicNoise.Dynamics;

/// <summary>
/// Adam (Kingma and Ba, Algorithm 1): <c>m ← β₁m + (1−β₁)g</c>, <c>v ← β₂v + (1−β₂)g²</c>,
/// <c>θ ← θ − η_t m̂ / (√v̂ + ε)</c> with bias corrections <c>m̂ = m/(1−β₁ⁿ)</c>, <c>v̂ = v/(1−β₂ⁿ)</c>
/// after <c>n</c> updates, and <c>η_t</c> from a schedule.
/// </summary>
public sealed class Adam : IOptimizer
{
    private readonly ILearningRateSchedule _schedule;

    /// <summary>Creates Adam with the schedule <paramref name="schedule"/> and the given hyperparameters.</summary>
    /// <param name="schedule">The learning rate of each step.</param>
    /// <param name="beta1">The first-moment decay, in <c>[0, 1)</c>.</param>
    /// <param name="beta2">The second-moment decay, in <c>[0, 1)</c>.</param>
    /// <param name="epsilon">The denominator offset, finite and &gt; 0.</param>
    public Adam(ILearningRateSchedule schedule, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        _schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        Beta1 = Decay(beta1, nameof(beta1));
        Beta2 = Decay(beta2, nameof(beta2));
        Epsilon = Guard.Positive(epsilon, nameof(epsilon));
    }

    /// <summary>Creates Adam with a constant learning rate <paramref name="learningRate"/>.</summary>
    public Adam(double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
        : this(new ConstantRate(learningRate), beta1, beta2, epsilon) { }

    /// <summary>The first-moment decay <c>β₁</c>.</summary>
    public double Beta1 { get; }

    /// <summary>The second-moment decay <c>β₂</c>.</summary>
    public double Beta2 { get; }

    /// <summary>The denominator offset <c>ε</c>.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public double LearningRate(int step) => _schedule.Rate(step);

    /// <inheritdoc />
    public IOptimizerState Start(int dimension) => new State(this, Guard.Positive(dimension, nameof(dimension)));

    private static double Decay(double value, string name)
    {
        if (!(value >= 0 && value < 1)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 1).");
        return value;
    }

    private sealed class State(Adam adam, int dimension) : IOptimizerState
    {
        private readonly double[] _m = new double[dimension];
        private readonly double[] _v = new double[dimension];
        private int _updates;

        public void Step(int step, Span<double> theta, ReadOnlySpan<double> gradient)
        {
            Guard.Length(theta.Length, _m.Length, nameof(theta));
            Guard.Length(gradient.Length, _m.Length, nameof(gradient));
            _updates++;
            double rate = adam.LearningRate(step);
            double correction1 = 1 - Math.Pow(adam.Beta1, _updates);
            double correction2 = 1 - Math.Pow(adam.Beta2, _updates);
            for (int i = 0; i < theta.Length; i++)
            {
                _m[i] = adam.Beta1 * _m[i] + (1 - adam.Beta1) * gradient[i];
                _v[i] = adam.Beta2 * _v[i] + (1 - adam.Beta2) * gradient[i] * gradient[i];
                theta[i] -= rate * (_m[i] / correction1) / (Math.Sqrt(_v[i] / correction2) + adam.Epsilon);
            }
        }
    }
}
