using AnisotropicNoise.Cli;

namespace AnisotropicNoise.Tests.Cli;

/// <summary>Runs a CLI command in process, as <c>anisotropic-noise</c> would, and returns its exit code and standard output.</summary>
internal static class CommandRunner
{
    public static (int Code, string Output) Run(ICommand command, params string[] args)
    {
        var output = new StringWriter();
        int code = command.Run(new Arguments(args, command.Flags), output, TextWriter.Null);
        return (code, output.ToString());
    }
}
