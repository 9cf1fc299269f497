namespace AnisotropicNoise.Landscapes;

/// <summary>A two-dimensional objective's loss on a regular grid, for contour charts.</summary>
/// <param name="X">The grid's first-coordinate values, increasing.</param>
/// <param name="Y">The grid's second-coordinate values, increasing.</param>
/// <param name="Loss">The loss, <c>Loss[j][i] = L(X[i], Y[j])</c> (one row per <c>Y</c> value, as contour charts expect).</param>
public sealed record LossGrid(double[] X, double[] Y, double[][] Loss)
{
    /// <summary>Evaluates <paramref name="objective"/> (of dimension 2) on <paramref name="points"/> × <paramref name="points"/> grid points spanning the square [<paramref name="low"/>, <paramref name="high"/>]².</summary>
    /// <exception cref="ArgumentException">The objective is not two-dimensional, the bounds are not finite with low &lt; high, or points &lt; 2.</exception>
    public static LossGrid Evaluate(IObjective objective, double low, double high, int points)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective.Dimension != 2)
            throw new ArgumentException($"objective must be two-dimensional; its dimension is {objective.Dimension}.", nameof(objective));
        Guard.Finite(low, nameof(low));
        Guard.Finite(high, nameof(high));
        if (!(low < high)) throw new ArgumentOutOfRangeException(nameof(high), high, $"high must exceed low ({low}).");
        Guard.InRange(points, 2, 10_000, nameof(points));
        var axis = new double[points];
        for (int i = 0; i < points; i++) axis[i] = low + (high - low) * i / (points - 1);
        var loss = new double[points][];
        Span<double> w = stackalloc double[2];
        for (int j = 0; j < points; j++)
        {
            loss[j] = new double[points];
            for (int i = 0; i < points; i++)
            {
                w[0] = axis[i];
                w[1] = axis[j];
                loss[j][i] = objective.Loss(w);
            }
        }
        return new LossGrid(axis, (double[])axis.Clone(), loss);
    }
}
