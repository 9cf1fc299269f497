using AnisotropicNoise.Curvature;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Noise;

/// <summary>GLD 1st eigvec(H): <c>ξ u₁</c>, <c>ξ ~ N(0, T)</c>: all the noise along the Hessian's top eigenvector.</summary>
public sealed class HessianEigenvectorNoise : INoise
{
    private readonly NoiseMagnitude _magnitude;

    /// <summary>Creates the noise with total variance from <paramref name="magnitude"/>.</summary>
    public HessianEigenvectorNoise(NoiseMagnitude magnitude, string name = "GLD 1st eigvec(H)")
    {
        _magnitude = magnitude ?? throw new ArgumentNullException(nameof(magnitude));
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public INoiseSampler Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double std = Math.Sqrt(_magnitude.TargetTrace(context));
        var top = HessianSpectrum.Top(context.Objective, context.Theta, 1, context.Random);
        var column = top.Vector(0);
        for (int i = 0; i < column.Length; i++) column[i] *= std;
        return new FactorGaussian(Matrix<double>.Build.Dense(column.Length, 1, column));
    }
}
