using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Tests.Statistics;

public class WilsonIntervalTests
{
    [Theory]
    // Closed forms: k = 0 gives [0, z²/(n + z²)]; k = n gives [n/(n + z²), 1].
    [InlineData(0, 10, 0.0, 0.277532)]
    [InlineData(10, 10, 0.722468, 1.0)]
    [InlineData(5, 10, 0.236593, 0.763407)]
    // Newcombe (1998), method 3, example 81 of 263: 0.2553 to 0.3662 (four digits published).
    [InlineData(81, 263, 0.25529, 0.36621)]
    [InlineData(0, 100, 0.0, 0.036993)]
    public void MatchesKnownValues(int successes, int trials, double low, double high)
    {
        var interval = WilsonInterval.Of(successes, trials);
        Assert.Equal(low, interval.Low, 1e-5);
        Assert.Equal(high, interval.High, 1e-5);
    }

    [Fact]
    public void IsSymmetricUnderSwappingSuccessesAndFailures()
    {
        var a = WilsonInterval.Of(7, 40);
        var b = WilsonInterval.Of(33, 40);
        Assert.Equal(a.Low, 1 - b.High, 1e-12);
        Assert.Equal(a.High, 1 - b.Low, 1e-12);
    }

    [Theory]
    [InlineData(0, 0, "trials")]
    [InlineData(-1, 10, "successes")]
    [InlineData(11, 10, "successes")]
    public void RejectsBadCounts(int successes, int trials, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(successes, trials));
        Assert.Equal(name, e.ParamName);
    }
}
