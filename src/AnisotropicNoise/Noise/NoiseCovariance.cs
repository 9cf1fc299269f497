using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Noise;

/// <summary>The exact covariance of a prepared noise, for indicators such as <c>Tr(HΣ)</c> on small problems.</summary>
public static class NoiseCovariance
{
    /// <summary>
    /// The <c>D × D</c> covariance of <paramref name="sampler"/>: <c>σ² I</c>, <c>diag(v)</c> or <c>F Fᵀ</c>
    /// for the package's <see cref="IsotropicGaussian"/>, <see cref="DiagonalGaussian"/> and <see cref="FactorGaussian"/>
    /// (also inside an <see cref="EigenpairSampler"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The sampler is of another type, whose covariance is not known in closed form.</exception>
    public static Matrix<double> Of(INoiseSampler sampler)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        return sampler switch
        {
            IsotropicGaussian isotropic => Matrix<double>.Build.DenseIdentity(isotropic.Dimension) * isotropic.Variance,
            DiagonalGaussian diagonal => Matrix<double>.Build.DenseOfDiagonalArray(diagonal.Variances.ToArray()),
            FactorGaussian factor => factor.Covariance(),
            EigenpairSampler shaped => Of(shaped.Inner),
            _ => throw new ArgumentException(
                $"sampler must be an {nameof(IsotropicGaussian)}, {nameof(DiagonalGaussian)} or {nameof(FactorGaussian)}; got {sampler.GetType().Name}.", nameof(sampler)),
        };
    }
}
