using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.NoiseStructures;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Experiments;

public class NoiseStructureComparisonTests
{
    private const double S = 0.01;
    private static readonly NoiseStructuresResult Result = NoiseStructureComparison.Run(new NoiseStructuresSettings { NoiseTrace = S, Draws = 20_000 });

    private static NoiseStructure Structure(string name) => Result.Structures.Single(s => s.Name == name);

    [Fact]
    public void EveryStructureHasTheCommonTraceAndItsClosedFormTraceHSigma()
    {
        var h = Result.Hessian;
        var eigen = h.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(v => v.Real).OrderDescending().ToArray();
        Assert.Equal(["GLD const", "GLD diag", "GLD leading", "GLD Hessian", "GLD 1st eigvec(H)"], Result.Structures.Select(s => s.Name));
        Assert.All(Result.Structures, s => Assert.Equal(S, s.TraceSigma, 12));
        Assert.Equal(S * h.Trace() / 2, Result.IsotropicTraceHSigma, 12);
        Assert.Equal(1, Structure("GLD const").Ratio, 12);
        Assert.Equal(S * (h * h).Trace() / h.Trace(), Structure("GLD Hessian").TraceHSigma, 10);
        Assert.Equal(S * eigen[0], Structure("GLD 1st eigvec(H)").TraceHSigma, 10);
        Assert.Equal(2 * eigen[0] / (eigen[0] + eigen[1]), Structure("GLD 1st eigvec(H)").Ratio, 10);
    }

    [Fact]
    public void LeadingAndDiagonalAreTheGradientCovarianceAndItsDiagonalScaledToTheTrace()
    {
        var landscape = TwoWellLandscape.Generate(100, RandomStream.ForTask(RandomStream.DeriveSeed(2019, 0), 0));
        var c = GradientCovariance.PerExample(landscape, [1.0, 1.0]).ToMatrix();
        var expected = c * (S / c.Trace());
        Assert.True((Structure("GLD leading").Covariance - expected).FrobeniusNorm() < 1e-12 * S);
        var diagonal = Matrix<double>.Build.DenseOfDiagonalVector(expected.Diagonal());
        Assert.True((Structure("GLD diag").Covariance - diagonal).FrobeniusNorm() < 1e-12 * S);
    }

    [Fact]
    public void TheDrawsHaveTheStatedCovariance()
    {
        foreach (var s in Result.Structures)
        {
            var x = s.Samples;
            var empirical = x.TransposeThisAndMultiply(x) / x.RowCount;
            // 20,000 draws: each entry's relative standard error is about 1 %; 6 % of Tr Σ is far outside chance.
            Assert.True((empirical - s.Covariance).FrobeniusNorm() < 0.06 * S, $"{s.Name}: {empirical} vs {s.Covariance}");
        }
    }

    [Fact]
    public void ANoiselessDynamicIsNotAStructure()
    {
        var e = Assert.Throws<ArgumentException>(() => NoiseStructureComparison.Run(new NoiseStructuresSettings { Structures = [PaperDynamic.Gd] }));
        Assert.Equal("Structures", e.ParamName);
        Assert.Equal("NoiseTrace", Assert.Throws<ArgumentOutOfRangeException>(() => NoiseStructureComparison.Run(new NoiseStructuresSettings { NoiseTrace = 0 })).ParamName);
    }
}
