namespace AnisotropicNoise.Curvature;

/// <summary>
/// B gradients (rows of a row-major <c>B × D</c> span) minus their mean: the factor of the sample
/// covariance <c>Σ̂ = (1/(B−1)) Σ_b c_b c_bᵀ</c>, used without forming <c>Σ̂</c>.
/// </summary>
internal sealed class CentredRows
{
    private readonly double[] _rows;

    public CentredRows(ReadOnlySpan<double> gradients, int count, int dimension, string name)
    {
        Guard.InRange(count, 2, int.MaxValue, nameof(count));
        Guard.Length(gradients.Length, checked(count * dimension), name);
        Guard.AllFinite(gradients, name);
        Count = count;
        Dimension = dimension;
        var mean = new double[dimension];
        for (int b = 0; b < count; b++) Vectors.AddScaled(mean, 1.0 / count, gradients.Slice(b * dimension, dimension));
        _rows = gradients.ToArray();
        for (int b = 0; b < count; b++) Vectors.AddScaled(Row(b), -1, mean);
    }

    public int Count { get; }

    public int Dimension { get; }

    public Span<double> Row(int b) => _rows.AsSpan(b * Dimension, Dimension);

    /// <summary><c>vᵀ Σ̂ v = (1/(B−1)) Σ_b (c_b · v)²</c>.</summary>
    public double Quadratic(ReadOnlySpan<double> v)
    {
        double sum = 0;
        for (int b = 0; b < Count; b++)
        {
            double projection = Vectors.Dot(Row(b), v);
            sum += projection * projection;
        }
        return sum / (Count - 1);
    }

    /// <summary><c>Tr Σ̂ = (1/(B−1)) Σ_b ‖c_b‖²</c>.</summary>
    public double Trace()
    {
        double sum = 0;
        for (int b = 0; b < Count; b++) sum += Vectors.Dot(Row(b), Row(b));
        return sum / (Count - 1);
    }

    /// <summary><c>Tr(H Σ̂) = (1/(B−1)) Σ_b c_bᵀ H c_b</c>: B products with <paramref name="hessian"/>.</summary>
    public double TraceWith(ILinearOperator hessian, string name)
    {
        Guard.Length(hessian.Dimension, Dimension, name);
        var product = new double[Dimension];
        double sum = 0;
        for (int b = 0; b < Count; b++)
        {
            hessian.Apply(Row(b), product);
            sum += ProductCheck.Finite(Vectors.Dot(Row(b), product), name);
        }
        return sum / (Count - 1);
    }
}
