namespace AnisotropicNoise.Tests.Support;

/// <summary>Compares doubles within an absolute tolerance, or a relative one for values above 1 in size, for <c>Assert.Equal</c> on sequences.</summary>
internal sealed class Tolerance(double tolerance, bool relativeAboveOne = false) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance * (relativeAboveOne ? Math.Max(1, Math.Abs(x)) : 1);

    public int GetHashCode(double value) => 0;
}
