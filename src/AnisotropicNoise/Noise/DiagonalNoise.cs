namespace AnisotropicNoise.Noise;

/// <summary>GLD diag: <c>N(0, T·diag Σ / Tr Σ)</c>, the diagonal of SGD's covariance scaled to the target trace.</summary>
public sealed class DiagonalNoise : INoise
{
    private readonly CovarianceEstimator _covariance;
    private readonly NoiseMagnitude _magnitude;

    /// <summary>Creates the noise shaped by <paramref name="covariance"/> and scaled by <paramref name="magnitude"/>.</summary>
    public DiagonalNoise(CovarianceEstimator covariance, NoiseMagnitude magnitude, string name = "GLD diag")
    {
        _covariance = covariance ?? throw new ArgumentNullException(nameof(covariance));
        _magnitude = magnitude ?? throw new ArgumentNullException(nameof(magnitude));
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public NoisePreparation Prepare(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var estimate = _covariance.Estimate(context);
        var (target, gradient) = _magnitude.At(context, _covariance, estimate);
        double factor = StructureScaling.Factor(target, estimate.Sigma.Trace, context, Name);
        var variances = estimate.Sigma.Diagonal();
        for (int i = 0; i < variances.Length; i++) variances[i] *= factor;
        return new NoisePreparation(new DiagonalGaussian(variances), gradient ?? estimate.FullGradient);
    }
}
