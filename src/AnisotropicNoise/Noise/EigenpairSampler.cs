using AnisotropicNoise.Curvature;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>
/// A noise sampler shaped by eigenpairs of the Hessian that keeps them: draws come from the inner
/// sampler, and the next refresh may start its eigen-solver from <see cref="Eigenpairs"/> (a warm
/// start, through <see cref="NoiseContext.Previous"/>).
/// </summary>
public sealed class EigenpairSampler : INoiseSampler
{
    /// <summary>Wraps <paramref name="inner"/>, whose shape came from <paramref name="eigenpairs"/> (same dimension).</summary>
    public EigenpairSampler(INoiseSampler inner, Eigenpairs eigenpairs)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        Eigenpairs = eigenpairs ?? throw new ArgumentNullException(nameof(eigenpairs));
        Guard.Length(eigenpairs.Vectors.RowCount, inner.Dimension, nameof(eigenpairs));
    }

    /// <summary>The sampler the draws come from (its covariance is the noise's).</summary>
    public INoiseSampler Inner { get; }

    /// <summary>The eigenpairs found at this refresh, unit vectors, with the products they cost and their residual.</summary>
    public Eigenpairs Eigenpairs { get; }

    /// <inheritdoc />
    public int Dimension => Inner.Dimension;

    /// <inheritdoc />
    public double Trace => Inner.Trace;

    /// <inheritdoc />
    public void Sample(RandomStream random, Span<double> destination) => Inner.Sample(random, destination);

    /// <summary>The eigenvectors <paramref name="context"/>'s previous sampler carries, when it is an <see cref="EigenpairSampler"/> of the right dimension.</summary>
    internal static Eigenpairs? Previous(NoiseContext context) =>
        context.Previous is EigenpairSampler previous && previous.Dimension == context.Objective.Dimension ? previous.Eigenpairs : null;
}
