using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>Gaussian noise with independent coordinates, <c>N(0, diag(v))</c>.</summary>
public sealed class DiagonalGaussian : INoiseSampler
{
    private readonly double[] _variances;
    private readonly double[] _std;

    /// <summary>Creates <c>N(0, diag(variances))</c>; every variance must be finite and ≥ 0.</summary>
    public DiagonalGaussian(ReadOnlySpan<double> variances)
    {
        if (variances.Length == 0) throw new ArgumentException("variances must not be empty.", nameof(variances));
        // The argument name is formatted only on failure: this runs at every noise refresh.
        for (int i = 0; i < variances.Length; i++)
            if (!double.IsFinite(variances[i]) || variances[i] < 0) Guard.NonNegative(variances[i], $"{nameof(variances)}[{i}]");
        _variances = variances.ToArray();
        _std = Array.ConvertAll(_variances, Math.Sqrt);
        Trace = _variances.Sum();
    }

    /// <inheritdoc />
    public int Dimension => _variances.Length;

    /// <inheritdoc />
    public double Trace { get; }

    /// <summary>The variance of each coordinate.</summary>
    public IReadOnlyList<double> Variances => _variances;

    /// <inheritdoc />
    public void Sample(RandomStream random, Span<double> destination)
    {
        Guard.Length(destination.Length, Dimension, nameof(destination));
        for (int i = 0; i < destination.Length; i++) destination[i] = _std[i] * random.NextGaussian();
    }
}
