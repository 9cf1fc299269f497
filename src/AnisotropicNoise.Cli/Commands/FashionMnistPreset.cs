using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>The <c>--preset paper|quick|released|tiny</c> option of the FashionMNIST commands.</summary>
internal static class FashionMnistPreset
{
    /// <summary>The preset named by <c>--preset</c>, or <paramref name="fallback"/> when there is none.</summary>
    public static FashionMnistSettings From(Arguments arguments, FashionMnistSettings fallback) =>
        arguments.Choice("preset", fallback,
            ("paper", FashionMnistSettings.Paper), ("quick", FashionMnistSettings.Quick), ("released", FashionMnistSettings.ReleasedScript), ("tiny", FashionMnistSettings.Tiny));
}
