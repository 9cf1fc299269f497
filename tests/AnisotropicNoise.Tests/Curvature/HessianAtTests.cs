using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Tests.Networks;

namespace AnisotropicNoise.Tests.Curvature;

public class HessianAtTests
{
    // The 92-parameter CNN on 40 random 8×8 images: small enough for its dense Hessian.
    private static readonly NetworkObjective Objective = new(TinyNets.Cnn(), TinyNets.Data(40, 64, 4, seed: 3));
    private static readonly double[] Theta = TinyNets.Parameters(Objective.Dimension, 0.5, seed: 4);

    [Fact]
    public void Eigenvalues_trace_and_indicators_agree_with_the_dense_Hessian()
    {
        var dense = Objective.Hessian(Theta);
        var (values, _) = SymmetricEigen.Decompose(dense, "H");
        var hessian = HessianAt.Of(Objective, Theta, seed: 7);

        var top = hessian.Eigenvalues(3, maxProducts: Objective.Dimension);
        for (int i = 0; i < 3; i++) Assert.Equal(values[i], top[i], 1e-8 * Math.Abs(values[0]));

        var trace = hessian.Trace(probes: 400);
        Assert.True(Math.Abs(trace.Value - dense.Trace()) < 4 * trace.StandardError, $"{trace} vs exact {dense.Trace():G6}");

        var noise = SgdNoise.At(Objective, Theta, batchSize: 5, seed: 9);
        var indicators = hessian.TraceWith(noise);
        var exact = EscapeIndicators.Of(dense, noise.ToMatrix());
        Assert.Equal(exact.TraceHSigma.Value, indicators.TraceHSigma.Value, 1e-9 * Math.Abs(exact.TraceHSigma.Value));
        Assert.Equal(exact.TraceSigma, indicators.TraceSigma, 1e-12 * exact.TraceSigma);
        Assert.Equal(indicators.TraceHSigma.Value / (indicators.TraceH.Value * indicators.TraceSigma / Objective.Dimension), indicators.Ratio.Value, 1e-12 * Math.Abs(indicators.Ratio.Value));
        // Same seed, same answers, whatever was asked before.
        Assert.Equal(trace, HessianAt.Of(Objective, Theta, seed: 7).Trace(probes: 400));
        Assert.Equal(indicators.Ratio, HessianAt.Of(Objective, Theta, seed: 7).TraceWith(noise).Ratio);
    }

    [Fact]
    public void Bad_input_is_rejected_by_name()
    {
        Assert.Equal("theta", Assert.ThrowsAny<ArgumentException>(() => HessianAt.Of(Objective, new double[3])).ParamName);
        var nan = (double[])Theta.Clone();
        nan[5] = double.NaN;
        Assert.Equal("theta", Assert.ThrowsAny<ArgumentException>(() => HessianAt.Of(Objective, nan)).ParamName);
        var hessian = HessianAt.Of(Objective, Theta);
        Assert.Equal("count", Assert.ThrowsAny<ArgumentException>(() => hessian.Eigenvalues(0)).ParamName);
        Assert.Equal("probes", Assert.ThrowsAny<ArgumentException>(() => hessian.Trace(1)).ParamName);
        Assert.Equal("batchSize", Assert.ThrowsAny<ArgumentException>(() => SgdNoise.At(Objective, Theta, batchSize: 21)).ParamName);
    }
}
