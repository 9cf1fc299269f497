using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>The <c>--preset paper|quick|released|tiny</c> option of the FashionMNIST commands.</summary>
internal static class FashionMnistPreset
{
    /// <summary>The preset named by <c>--preset</c>, or <paramref name="fallback"/>'s when there is none.</summary>
    public static FashionMnistSettings From(Arguments arguments, string fallback)
    {
        string preset = arguments.Text("preset") ?? fallback;
        return preset switch
        {
            "paper" => FashionMnistSettings.Paper,
            "quick" => FashionMnistSettings.Quick,
            "released" => FashionMnistSettings.ReleasedScript,
            "tiny" => FashionMnistSettings.Tiny,
            _ => throw new UsageException($"--preset must be paper, quick, released or tiny, not '{preset}'."),
        };
    }
}
