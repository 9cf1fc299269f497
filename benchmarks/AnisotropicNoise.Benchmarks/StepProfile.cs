using System.Diagnostics;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// Where a dynamic's steps spend their wall time, by kind of work: full-batch gradients, minibatch and
/// per-example gradients (SGD's step, Σ̂'s statistics), Hessian-vector products (eigensolvers), the
/// rest of the noise's preparation (eigensolver and factor arithmetic) and its sampling. Accumulated
/// by <see cref="ProfiledObjective"/> and <see cref="ProfiledNoise"/>; the products inside a preparation
/// are counted as products, not as preparation.
/// </summary>
internal sealed class StepProfile
{
    private long _gradient, _minibatch, _products, _prepare, _sample, _productCount;

    public void AddGradient(long ticks) => Interlocked.Add(ref _gradient, ticks);

    public void AddMinibatch(long ticks) => Interlocked.Add(ref _minibatch, ticks);

    public void AddProducts(long ticks, int count)
    {
        Interlocked.Add(ref _products, ticks);
        Interlocked.Add(ref _productCount, count);
    }

    public void AddPreparation(long ticks) => Interlocked.Add(ref _prepare, ticks);

    public void AddSampling(long ticks) => Interlocked.Add(ref _sample, ticks);

    /// <summary>Hessian-vector products so far.</summary>
    public long ProductCount => Interlocked.Read(ref _productCount);

    /// <summary>Seconds in each kind of work so far: gradient, minibatch, products, preparation (without the gradients and products inside it), sampling.</summary>
    public (double Gradient, double Minibatch, double Products, double Preparation, double Sampling) Seconds()
    {
        double s(long ticks) => ticks / (double)Stopwatch.Frequency;
        return (s(_gradient), s(_minibatch), s(_products), s(_prepare), s(_sample));
    }

    public void Reset() => _gradient = _minibatch = _products = _prepare = _sample = _productCount = 0;
}
