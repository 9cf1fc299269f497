using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Dynamics;

/// <summary>
/// One run of a dynamic, a step at a time: <c>θ_{t+1} = θ_t − step(g_t) + ε_t</c>, with <c>g_t</c> from the dynamic's
/// gradient source, the step from the optimizer, and <c>ε_t</c> drawn from the dynamic's noise, whose distribution is
/// fixed at <c>θ_t</c> on refresh steps (each refresh sees the run's previous sampler, so warm-started noises carry their
/// state in the run, not in the noise). A refresh that computed <c>∇L(θ_t)</c> on the way (a shuffled pass covering every
/// example) hands it to a full-gradient step. <see cref="DynamicsRunner"/> records such a run; a first-passage simulation
/// stops one when it exits.
/// </summary>
public sealed class DynamicsStepper
{
    private readonly IObjective _objective;
    private readonly Dynamic _dynamic;
    private readonly IOptimizerState _state;
    private readonly IOptimizer _optimizer;
    private readonly RandomStream _random;
    private readonly double[] _theta, _gradient, _noise;
    private INoiseSampler? _sampler;

    /// <summary>Starts a run of <paramref name="dynamic"/> from <paramref name="start"/>, drawing from <paramref name="random"/>.</summary>
    /// <exception cref="ArgumentException">The start has the wrong length or is not finite.</exception>
    public DynamicsStepper(IObjective objective, ReadOnlySpan<double> start, Dynamic dynamic, IOptimizer optimizer, RandomStream random)
    {
        _objective = objective ?? throw new ArgumentNullException(nameof(objective));
        _dynamic = dynamic ?? throw new ArgumentNullException(nameof(dynamic));
        _optimizer = optimizer ?? throw new ArgumentNullException(nameof(optimizer));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        Guard.Length(start.Length, objective.Dimension, nameof(start));
        Guard.AllFinite(start, nameof(start));
        Guard.Positive(dynamic.RefreshEvery, nameof(dynamic.RefreshEvery));
        _theta = start.ToArray();
        _gradient = new double[_theta.Length];
        _noise = new double[_theta.Length];
        _state = optimizer.Start(_theta.Length);
    }

    /// <summary>The steps taken so far.</summary>
    public int Steps { get; private set; }

    /// <summary>The parameters after <see cref="Steps"/> steps.</summary>
    public ReadOnlySpan<double> Theta => _theta;

    /// <summary>The parameters' own array, for recorders that must not copy it and must not modify it.</summary>
    internal double[] ThetaArray => _theta;

    /// <summary>Takes one step.</summary>
    /// <exception cref="DivergenceException">A parameter became NaN or infinite.</exception>
    public void Step()
    {
        int t = Steps;
        double[]? fromRefresh = null;
        if (_dynamic.Noise is not null && t % _dynamic.RefreshEvery == 0)
        {
            var prepared = _dynamic.Noise.Prepare(new NoiseContext(_objective, _theta, _optimizer.LearningRate(t), t, _random, _sampler));
            _sampler = prepared.Sampler;
            fromRefresh = prepared.FullGradient;
        }
        // ∇L computed by the refresh serves a step that takes the full gradient; any other gradient source draws its own.
        if (fromRefresh is not null && _dynamic.Gradient is FullGradient) fromRefresh.CopyTo(_gradient, 0);
        else _dynamic.Gradient.Evaluate(_objective, _theta, _random, _gradient);
        _state.Step(t, _theta, _gradient);
        if (_sampler is not null)
        {
            _sampler.Sample(_random, _noise);
            for (int i = 0; i < _theta.Length; i++) _theta[i] += _noise[i];
        }
        Steps = t + 1;
        foreach (double v in _theta)
            if (!double.IsFinite(v)) throw new DivergenceException(_dynamic.Name, Steps);
    }
}
