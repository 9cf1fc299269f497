using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Support;

/// <summary>
/// The FashionMNIST CNN (D = 11,330) on 40 + 8 stand-in images, fit by 100 Adam steps (training accuracy 1,
/// a sharp point: top Hessian eigenvalues near 1,077, 601, 521): a real network whose Hessian's
/// eigenpairs take seconds, for the warm-start tests.
/// </summary>
internal static class SmallCnnTrajectory
{
    private static readonly Lazy<(NetworkObjective Objective, double[] Theta)> Fit = new(() =>
    {
        var settings = FashionMnistSettings.Quick with { TrainingImages = 48, CorruptedFrom = 40, CorruptedImages = 8, TestImages = 10, RecordTestImages = 10, SharpnessTestImages = 10, BatchSize = 5 };
        var data = FashionMnistData.StandIn(settings);
        var objective = new NetworkObjective(SmallCnn.Create(), data.Training.ToExamples());
        var start = objective.Network.InitializeParameters(settings.Seed);
        var fit = DynamicsRunner.Run(objective, start, Dynamic.GradientDescent, new Adam(1e-3), 100, new RandomStream(1), Recording.FinalOnly);
        return (objective, fit.Final);
    });

    public static NetworkObjective Objective => Fit.Value.Objective;

    /// <summary>The fitted parameters (a copy).</summary>
    public static double[] Theta => (double[])Fit.Value.Theta.Clone();

    /// <summary>The angle between two unit vectors' lines (sign ignored), in radians.</summary>
    public static double Angle(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dot = 0;
        for (int i = 0; i < a.Length; i++) dot += a[i] * b[i];
        return Math.Acos(Math.Min(1, Math.Abs(dot)));
    }
}
