namespace AnisotropicNoise.Cli.Commands;

/// <summary>Every command of the CLI, fresh instances each call (a sweep runs tasks side by side).</summary>
internal static class CommandList
{
    /// <summary>The commands, in the order the help lists them.</summary>
    public static ICommand[] Create() =>
    [
        new Toy2DCommand(),
        new OneHiddenLayerCommand(),
        new FashionMnistCommand(),
        new FashionMnistTablesCommand(),
        new FashionMnistMergeCommand(),
        new EscapeTimeCommand(),
        new EscapeScalingCommand(),
        new EscapeValleyCommand(),
        new EscapeMapCommand(),
        new NoiseStatsCommand(),
        new ConditionsCommand(),
        new RegularizationCommand(),
        new ReproduceCommand(),
        new DataCommand(),
        new SweepCommand(),
    ];
}
