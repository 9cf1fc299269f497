using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>
/// A noise that draws only on its refresh steps and adds zero in between: the released
/// <c>gld_lead.py</c>'s GLD leading, which samples once per refresh of <c>Σ̂</c>. The first draw after
/// each <see cref="INoise.Prepare"/> is the wrapped noise's; every later one until the next refresh is zero.
/// </summary>
/// <param name="inner">The noise whose draws are kept on refresh steps.</param>
public sealed class DrawOnRefreshOnly(INoise inner) : INoise
{
    private readonly INoise _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <inheritdoc />
    public NoisePreparation Prepare(NoiseContext context)
    {
        var prepared = _inner.Prepare(context);
        return prepared with { Sampler = new FirstDrawOnly(prepared.Sampler) };
    }

    /// <summary>Draws from the wrapped sampler once, then zeros; its <see cref="Trace"/> is the wrapped one's (the covariance of the draw that is made).</summary>
    private sealed class FirstDrawOnly(INoiseSampler sampler) : INoiseSampler
    {
        private bool _drawn;

        public int Dimension => sampler.Dimension;

        public double Trace => sampler.Trace;

        public void Sample(RandomStream random, Span<double> destination)
        {
            if (_drawn)
            {
                Guard.Length(destination.Length, Dimension, nameof(destination));
                destination.Clear();
                return;
            }
            sampler.Sample(random, destination);
            _drawn = true;
        }
    }
}
