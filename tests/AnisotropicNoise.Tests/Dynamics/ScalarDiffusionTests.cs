using AnisotropicNoise.Dynamics.ContinuousTime;
using MathNet.Numerics;

namespace AnisotropicNoise.Tests.Dynamics;

public class ScalarDiffusionTests
{
    private const double T = 0.25;

    private static double Slope(double x) => 4 * x * (x * x - 1); // U(x) = (x² − 1)²

    /// <summary><c>Φ(x) = ∫₀^x U'/D</c> for <c>D = T(1 + a x²)</c> in closed form: <c>(2/a) x² − (2/a)(1 + 1/a) ln(1 + a x²)</c>, over T.</summary>
    private static double Phi(double x, double a) =>
        a == 0 ? (x * x * x * x - 2 * x * x) / T : ((2 / a) * x * x - (2 / a) * (1 + 1 / a) * Math.Log(1 + a * x * x)) / T;

    /// <summary>
    /// The mean time from −1 to 0 in <c>U = (x² − 1)²</c> with <c>D = T(1 + a x²)</c> by nested adaptive Gauss–Kronrod
    /// quadrature of the closed-form Φ: independent of the trapezoidal recursion.
    /// </summary>
    internal static double Reference(double a)
    {
        double D(double z) => T * (1 + a * z * z);
        double Inner(double y) => Integrate.GaussKronrod(z => Math.Exp(Phi(y, a) - Phi(z, a)) / D(z), -8, y, 1e-12, 20);
        return Integrate.GaussKronrod(Inner, -1, 0, 1e-12, 20);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void TheMeanFirstPassageMatchesAnIndependentQuadratureOfTheClosedForm(double a)
    {
        double exact = new ScalarDiffusion(Slope, x => T * (1 + a * x * x)).MeanFirstPassage(-1, 0);
        Assert.Equal(1, exact / Reference(a), 8);
    }

    [Fact]
    public void AtConstantDiffusionItIsTheClassicFormulaAndScalesWithTheTemperatureAsTimeDoes()
    {
        // U → cU, D → cD is dX in time scaled by c: τ → τ/c.
        double unit = new ScalarDiffusion(Slope, _ => T).MeanFirstPassage(-1, 0);
        double scaled = new ScalarDiffusion(x => 3 * Slope(x), _ => 3 * T).MeanFirstPassage(-1, 0);
        Assert.Equal(1, 3 * scaled / unit, 10);
        Assert.Equal(33.95, unit, 2); // the value the double-well check has held since it was first measured
    }

    [Fact]
    public void ConstantDriftTowardTheBarrierTakesDistanceOverSpeed()
    {
        // U' = −c: a constant drift c toward the barrier, e^{−Φ} = e^{cz/D} decaying to the left. D τ'' + c τ' = −1 with
        // τ(b) = 0 and τ' bounded on the left gives τ(x) = (b − x)/c, whatever D.
        double c = 2, d = 0.5;
        double exact = new ScalarDiffusion(_ => -c, _ => d).MeanFirstPassage(-3, 0);
        Assert.Equal(1.5, exact, 8);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void KramersLimitIsApproachedAsTheNoiseVanishes(double a)
    {
        // Laplace's method on the exact formula: the ratio tends to 1 as T → 0, from above.
        double Ratio(double t)
        {
            var diffusion = new ScalarDiffusion(Slope, x => t * (1 + a * x * x));
            return diffusion.MeanFirstPassage(-1, 0) / diffusion.KramersHalfTime(-1, 0, 8, -4);
        }
        double warm = Ratio(0.25), cold = Ratio(0.05), colder = Ratio(0.02);
        Assert.True(warm > cold && cold > colder && colder > 1, $"ratios {warm:F4}, {cold:F4}, {colder:F4}");
        Assert.InRange(colder, 1, 1.02);
    }

    [Fact]
    public void KramersTimeCarriesTheDiffusionRatioAndThePotentialOfTheDiffusion()
    {
        // π √(D(b)/D(a)) / √(U''(a)|U''(b)|) · e^{Φ(b) − Φ(a)} with the closed-form Φ.
        const double a = 4;
        double expected = Math.PI * Math.Sqrt(1 / (1 + a) / 32) * Math.Exp(Phi(0, a) - Phi(-1, a));
        Assert.Equal(1, new ScalarDiffusion(Slope, x => T * (1 + a * x * x)).KramersHalfTime(-1, 0, 8, -4) / expected, 9);
    }

    [Fact]
    public void BadInputIsRejectedWithItsName()
    {
        var diffusion = new ScalarDiffusion(Slope, _ => T);
        Assert.Equal("barrier", Assert.Throws<ArgumentOutOfRangeException>(() => diffusion.MeanFirstPassage(0, -1)).ParamName);
        Assert.Equal("intervals", Assert.Throws<ArgumentOutOfRangeException>(() => diffusion.MeanFirstPassage(-1, 0, 10)).ParamName);
        Assert.Equal("curvatureAtBarrier", Assert.Throws<ArgumentOutOfRangeException>(() => diffusion.KramersHalfTime(-1, 0, 8, 4)).ParamName);
        Assert.Contains("D(", Assert.Throws<ArgumentException>(() => new ScalarDiffusion(Slope, x => x).MeanFirstPassage(-1, 0)).Message);
        Assert.Contains("not confined", Assert.Throws<ArgumentException>(() => new ScalarDiffusion(_ => 1, _ => 1).MeanFirstPassage(-1, 0, 100)).Message);
    }
}
