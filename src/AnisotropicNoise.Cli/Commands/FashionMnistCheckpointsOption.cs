using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>The <c>--checkpoints DIR</c> option of the FashionMNIST commands: the run store their GD phase and runs resume from.</summary>
internal static class FashionMnistCheckpointsOption
{
    public const string Usage = "[--checkpoints DIR]";

    /// <summary>The folder <c>--checkpoints</c> names, or <see cref="FashionMnistCheckpoint.DefaultDirectory"/>.</summary>
    public static string Directory(Arguments arguments) => arguments.Text("checkpoints") ?? FashionMnistCheckpoint.DefaultDirectory;
}
