namespace AnisotropicNoise.Cli.Commands;

/// <summary>The <c>--seed</c> and <c>--probe-seed</c> options of the commands that measure at a FashionMNIST sharp minimum.</summary>
internal static class FashionMnistSeedOptions
{
    public const string Usage = "[--seed S] [--probe-seed P]";

    public const string Meaning = "--seed: the data seed that draws the random labels and the initialisation, as in fashion-mnist; --probe-seed: the measurement's own random draws";

    /// <summary>The data seed (<c>--seed</c>), as <c>fashion-mnist</c> takes it.</summary>
    public static long Data(Arguments arguments, long fallback) => arguments.Long("seed", fallback);

    /// <summary>The seed of the measurement's own draws (<c>--probe-seed</c>).</summary>
    public static long Probes(Arguments arguments, long fallback) => arguments.Long("probe-seed", fallback);
}
