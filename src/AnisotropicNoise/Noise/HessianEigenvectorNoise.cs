using AnisotropicNoise.Curvature;
using AnisotropicNoise.Landscapes;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Noise;

/// <summary>GLD 1st eigvec(H): <c>ξ u₁</c>, <c>ξ ~ N(0, T)</c>: all the noise along the Hessian's top eigenvector.</summary>
public sealed class HessianEigenvectorNoise : INoise
{
    private readonly NoiseMagnitude _magnitude;

    /// <summary>
    /// Creates the noise with total variance from <paramref name="magnitude"/>. With
    /// <paramref name="powerIterations"/> the eigenvector comes from that many steps of
    /// <see cref="PowerIteration"/> over Hessian-vector products (the paper's scripts: 30); without,
    /// from <see cref="HessianSpectrum"/> (exact for dense Hessians, Lanczos otherwise).
    /// </summary>
    public HessianEigenvectorNoise(NoiseMagnitude magnitude, string name = "GLD 1st eigvec(H)", int? powerIterations = null)
    {
        _magnitude = magnitude ?? throw new ArgumentNullException(nameof(magnitude));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        if (powerIterations is int iterations) Guard.Positive(iterations, nameof(powerIterations));
        PowerIterations = powerIterations;
    }

    /// <summary>The number of power-iteration steps, or <c>null</c> when the eigenvector comes from <see cref="HessianSpectrum"/>.</summary>
    public int? PowerIterations { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public INoiseSampler Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double std = Math.Sqrt(_magnitude.TargetTrace(context));
        var top = PowerIterations is int iterations
            ? PowerIteration.Top(new HessianOperator(HessianProducts(context), context.Theta), context.Random, iterations)
            : HessianSpectrum.Top(context.Objective, context.Theta, 1, context.Random);
        var column = top.Vector(0);
        for (int i = 0; i < column.Length; i++) column[i] *= std;
        return new FactorGaussian(Matrix<double>.Build.Dense(column.Length, 1, column));
    }

    private IHessianVectorProduct HessianProducts(NoiseContext context) =>
        context.Objective as IHessianVectorProduct ?? throw new ArgumentException(
            $"{Name}: power iteration needs Hessian-vector products ({nameof(IHessianVectorProduct)}); {context.Objective.GetType().Name} has none.", nameof(context));
}
