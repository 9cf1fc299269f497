using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// The options that choose where the GD phase stops, i.e. the sharp minimum the FashionMNIST commands start from:
/// <c>--gd-stop fit|steps|loss</c>, <c>--gd-steps N</c>, <c>--gd-loss x</c>.
/// </summary>
internal static class FashionMnistGdPhaseOptions
{
    public const string Usage = "[--gd-stop fit|steps|loss] [--gd-steps N] [--gd-loss x]";

    /// <summary><paramref name="settings"/> with the GD phase the options give (each absent one kept).</summary>
    public static FashionMnistSettings Apply(Arguments arguments, FashionMnistSettings settings) => settings with
    {
        GdStop = arguments.Choice("gd-stop", settings.GdStop, ("fit", GdStopRule.Fit), ("steps", GdStopRule.Steps), ("loss", GdStopRule.Loss)),
        GdMaxIterations = arguments.Int("gd-steps", settings.GdMaxIterations, min: 1),
        GdLossThreshold = arguments.Double("gd-loss", settings.GdLossThreshold, allowZero: false),
    };
}
