using AnisotropicNoise.Curvature;

namespace AnisotropicNoise.Tests;

/// <summary>The argument checks the settings records and constructors share.</summary>
public class GuardTests
{
    [Fact]
    public void ParallelismIsAtLeastOneOrMinusOne()
    {
        Assert.Equal(-1, Guard.Parallelism(-1, "threads"));
        Assert.Equal(3, Guard.Parallelism(3, "threads"));
        foreach (int bad in new[] { 0, -2 })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Parallelism(bad, "threads"));
            Assert.Equal("threads", error.ParamName);
            Assert.Contains("−1 for every core", error.Message);
        }
    }

    [Fact]
    public void ClipMarginEvenCountsAndEnumsNameTheArgumentAndTheAllowedValues()
    {
        Assert.Equal(0.25, Guard.ClipMargin(0.25, "delta"));
        Assert.Equal(0.01, Guard.OpenUnitInterval(0.01, "tolerance"));
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.OpenUnitInterval(1, "tolerance")).ParamName);
        Assert.Equal("delta", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.ClipMargin(0.5, "delta")).ParamName);
        Assert.Equal("delta", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.ClipMargin(double.NaN, "delta")).ParamName);
        Assert.Equal(4, Guard.EvenAtLeastTwo(4, "units"));
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.EvenAtLeastTwo(5, "units")).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.EvenAtLeastTwo(0, "units")).ParamName);
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Defined((EigenSelection)7, "selection"));
        Assert.Contains("Largest, LargestMagnitude", undefined.Message);
    }

    [Fact]
    public void ListsMustBeNonEmptyAndNameEachItemOnce()
    {
        Guard.NonEmptyDistinct([1, 2, 3], "seeds", "seeds");
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => Guard.NonEmptyDistinct(Array.Empty<int>(), "seeds", "seeds")).Message);
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => Guard.NonEmptyDistinct([1, 2, 1], "seeds", "seeds")).Message);
        Assert.Equal("seeds", Assert.Throws<ArgumentNullException>(() => Guard.NonEmptyDistinct<int>(null, "seeds", "seeds")).ParamName);
    }
}
