using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Dynamics.ContinuousTime;

/// <summary>Draws of another sampler times a constant <c>c</c>: covariance <c>c² Σ</c>.</summary>
internal sealed class ScaledSampler(INoiseSampler inner, double scale) : INoiseSampler
{
    public int Dimension => inner.Dimension;

    public double Trace => scale * scale * inner.Trace;

    public void Sample(RandomStream random, Span<double> destination)
    {
        inner.Sample(random, destination);
        VectorKernels.Scale(scale, destination);
    }
}
