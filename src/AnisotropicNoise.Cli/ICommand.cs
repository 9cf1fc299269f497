namespace AnisotropicNoise.Cli;

/// <summary>One sub-command of the command line (toy2d, one-hidden-layer, …).</summary>
internal interface ICommand
{
    string Name { get; }
    string Summary { get; }
    string Usage { get; }

    /// <summary>The options that take no value (for example <c>csv</c>).</summary>
    IReadOnlySet<string> Flags { get; }

    /// <summary>Runs the command and returns its exit code; throws <see cref="UsageException"/> on bad arguments.</summary>
    int Run(Arguments arguments, TextWriter output, TextWriter progress);
}
