using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Experiments;

public class Toy2DDynamicsTests
{
    private static readonly Toy2DSettings Settings = new() { NoiseTrace = 0.02, SgdBatchSize = 7 };
    private static readonly TwoWellLandscape Landscape = TwoWellLandscape.Generate(100, new RandomStream(1));
    private static readonly NoiseContext Context = new(Landscape, [0.97, 1.04], Settings.LearningRate, 0, new RandomStream(2));

    private static Matrix<double> NoiseCovariance(string name) =>
        AnisotropicNoise.Noise.NoiseCovariance.Of(Toy2DDynamics.Create(name, Settings).Noise!.Prepare(Context));

    private static void AssertEqual(Matrix<double> expected, Matrix<double> actual) =>
        Assert.True((expected - actual).FrobeniusNorm() <= 1e-12, $"expected\n{expected}\nactual\n{actual}");

    [Fact]
    public void GldNoisesHaveThePapersCovariancesWithTotalVarianceS()
    {
        // PAPER.md §4, Fig. 2: N(0, (s/2) I), N(0, s·diag C / Tr C), N(0, s·C / Tr C), N(0, s·H / Tr H), ξ u₁ with ξ ~ N(0, s).
        double s = Settings.NoiseTrace;
        var c = GradientCovariance.PerExample(Landscape, Context.Theta).ToMatrix();
        var h = Landscape.Hessian(Context.Theta);
        var u = SymmetricEigen.Decompose(h, "H").Vectors.Column(0);
        AssertEqual(Matrix<double>.Build.DenseIdentity(2) * (s / 2), NoiseCovariance("GLD const"));
        AssertEqual(Matrix<double>.Build.DenseOfDiagonalVector(c.Diagonal()) * (s / c.Trace()), NoiseCovariance("GLD diag"));
        AssertEqual(c * (s / c.Trace()), NoiseCovariance("GLD leading"));
        AssertEqual(h * (s / h.Trace()), NoiseCovariance("GLD Hessian"));
        AssertEqual(u.OuterProduct(u) * s, NoiseCovariance("GLD 1st eigvec(H)"));
    }

    [Fact]
    public void GdAndSgdHaveNoAddedNoise()
    {
        Assert.Null(Toy2DDynamics.Create("GD", Settings).Noise);
        Assert.Same(FullGradient.Instance, Toy2DDynamics.Create("GD", Settings).Gradient);
        var sgd = Toy2DDynamics.Create("SGD", Settings);
        Assert.Null(sgd.Noise);
        var minibatch = Assert.IsType<MinibatchGradient>(sgd.Gradient);
        Assert.Equal(7, minibatch.BatchSize);
        Assert.False(minibatch.WithReplacement);
    }

    [Fact]
    public void NamesAreThePapersAndEachCreatesItsOwnDynamic()
    {
        Assert.Equal(["GD", "GLD const", "GLD diag", "GLD leading", "GLD Hessian", "GLD 1st eigvec(H)", "SGD"], Toy2DDynamics.Names);
        Assert.All(Toy2DDynamics.Names, name => Assert.Equal(name, Toy2DDynamics.Create(name, Settings).Name));
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Toy2DDynamics.IndexOf("GLD dynamic")).ParamName);
    }
}
