using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Toy2D;
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

    private static Matrix<double> NoiseCovariance(PaperDynamic dynamic) =>
        AnisotropicNoise.Noise.NoiseCovariance.Of(Toy2DDynamics.Create(dynamic, Settings).Noise!.Prepare(Context).Sampler);

    private static void AssertEqual(Matrix<double> expected, Matrix<double> actual) =>
        Assert.True((expected - actual).FrobeniusNorm() <= 1e-12, $"expected\n{expected}\nactual\n{actual}");

    [Fact]
    public void GldNoisesHaveThePapersCovariancesWithTotalVarianceS()
    {
        // docs/science.md, The two-dimensional landscape of Fig. 2: N(0, (s/2) I), N(0, s·diag C / Tr C), N(0, s·C / Tr C), N(0, s·H / Tr H), ξ u₁ with ξ ~ N(0, s).
        double s = Settings.NoiseTrace;
        var c = GradientCovariance.PerExample(Landscape, Context.Theta).ToMatrix();
        var h = Landscape.Hessian(Context.Theta);
        var u = SymmetricEigen.Decompose(h, "H").Vectors.Column(0);
        AssertEqual(Matrix<double>.Build.DenseIdentity(2) * (s / 2), NoiseCovariance(PaperDynamic.GldConst));
        AssertEqual(Matrix<double>.Build.DenseOfDiagonalVector(c.Diagonal()) * (s / c.Trace()), NoiseCovariance(PaperDynamic.GldDiag));
        AssertEqual(c * (s / c.Trace()), NoiseCovariance(PaperDynamic.GldLeading));
        AssertEqual(h * (s / h.Trace()), NoiseCovariance(PaperDynamic.GldHessian));
        AssertEqual(u.OuterProduct(u) * s, NoiseCovariance(PaperDynamic.GldEigenvector));
    }

    [Fact]
    public void GdAndSgdHaveNoAddedNoise()
    {
        Assert.Null(Toy2DDynamics.Create(PaperDynamic.Gd, Settings).Noise);
        Assert.Same(FullGradient.Instance, Toy2DDynamics.Create(PaperDynamic.Gd, Settings).Gradient);
        var sgd = Toy2DDynamics.Create(PaperDynamic.Sgd, Settings);
        Assert.Null(sgd.Noise);
        var minibatch = Assert.IsType<MinibatchGradient>(sgd.Gradient);
        Assert.Equal(7, minibatch.BatchSize);
        Assert.False(minibatch.WithReplacement);
    }

    [Fact]
    public void The_dynamics_are_the_papers_in_its_order_and_each_creates_its_own()
    {
        Assert.Equal(["GD", "GLD const", "GLD diag", "GLD leading", "GLD Hessian", "GLD 1st eigvec(H)", "SGD"], Toy2DDynamics.All.Select(d => d.DisplayName()));
        Assert.All(Toy2DDynamics.All, d => Assert.Equal(d.DisplayName(), Toy2DDynamics.Create(d, Settings).Name));
        Assert.Equal(Toy2DDynamics.All.Skip(1).SkipLast(1), Toy2DDynamics.NoiseStructures);
        var e = Assert.Throws<ArgumentException>(() => Toy2DDynamics.Create(PaperDynamic.GldDynamic, Settings));
        Assert.Equal("dynamic", e.ParamName);
        Assert.Contains("not a dynamic of the 2-D experiment", e.Message);
    }
}
