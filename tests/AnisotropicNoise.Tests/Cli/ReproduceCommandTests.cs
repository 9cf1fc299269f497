using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;

namespace AnisotropicNoise.Tests.Cli;

/// <summary>The reproduce command's arguments are checked before any notebook runs.</summary>
public sealed class ReproduceCommandTests
{
    [Theory]
    [InlineData(new[] { "--only", "no-such-notebook" }, "no notebook in ")]
    [InlineData(new[] { "--timeout-minutes", "0" }, "--timeout-minutes must be ≥ 1")]
    [InlineData(new[] { "--figure", "x" }, "unknown option: --figure")]
    public void Bad_arguments_are_refused_with_a_message_naming_them(string[] args, string expected)
    {
        var command = new ReproduceCommand();
        var e = Assert.Throws<UsageException>(() => command.Run(new Arguments(args, command.Flags), TextWriter.Null, TextWriter.Null));
        Assert.Contains(expected, e.Message);
    }
}
