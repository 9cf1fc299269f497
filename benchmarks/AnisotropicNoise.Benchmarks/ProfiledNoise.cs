using System.Diagnostics;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// A noise passed through with its preparation and sampling timed into a <see cref="StepProfile"/>. The
/// inner noise sees its own previous sampler, so warm starts work as without the profile.
/// </summary>
internal sealed class ProfiledNoise(INoise inner, StepProfile profile) : INoise
{
    public string Name => inner.Name;

    public NoisePreparation Prepare(NoiseContext context)
    {
        var (gradient, minibatch, products, _, _) = profile.Seconds();
        long start = Stopwatch.GetTimestamp();
        var prepared = inner.Prepare(context with { Previous = (context.Previous as Sampler)?.Inner });
        long elapsed = Stopwatch.GetTimestamp() - start;
        var after = profile.Seconds();
        double inside = after.Gradient - gradient + after.Minibatch - minibatch + after.Products - products;
        profile.AddPreparation(elapsed - (long)(inside * Stopwatch.Frequency));
        return prepared with { Sampler = new Sampler(prepared.Sampler, profile) };
    }

    private sealed class Sampler(INoiseSampler inner, StepProfile profile) : INoiseSampler
    {
        public INoiseSampler Inner => inner;

        public int Dimension => inner.Dimension;

        public double Trace => inner.Trace;

        public void Sample(RandomStream random, Span<double> destination)
        {
            long start = Stopwatch.GetTimestamp();
            inner.Sample(random, destination);
            profile.AddSampling(Stopwatch.GetTimestamp() - start);
        }
    }
}
