using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Randomness;

public class RandomStreamStateTests
{
    [Fact]
    public void ARestoredStreamContinuesExactlyIncludingAPendingGaussian()
    {
        var original = new RandomStream(42);
        original.NextUInt64();
        original.NextGaussian(); // leaves the pair's second draw pending
        var copy = RandomStream.Restore(original.Save());
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(original.NextGaussian(), copy.NextGaussian());
            Assert.Equal(original.NextUInt64(), copy.NextUInt64());
        }
    }

    [Fact]
    public void AnAllZeroStateIsRejected() =>
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => RandomStream.Restore(default)).ParamName);
}
