namespace AnisotropicNoise.Tests.Support;

/// <summary>Central finite differences.</summary>
internal static class FiniteDifference
{
    /// <summary>The gradient of <paramref name="f"/> at <paramref name="x"/> by central differences with step <paramref name="h"/>.</summary>
    public static double[] Gradient(Func<double[], double> f, double[] x, double h = 1e-6)
    {
        var g = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            var plus = (double[])x.Clone();
            var minus = (double[])x.Clone();
            plus[i] += h;
            minus[i] -= h;
            g[i] = (f(plus) - f(minus)) / (2 * h);
        }
        return g;
    }
}
