using System.Diagnostics;

namespace AnisotropicNoise.Tests.Cli;

/// <summary>The run commands read the options they share with one grammar: every bad value is a usage error, exit code 2, with the usage line.</summary>
public sealed class SharedOptionsTests
{
    [Theory]
    [InlineData("fashion-mnist", "--dynamics", "foo", "no dynamic named 'foo'")]
    [InlineData("regularization", "--dynamics", "foo", "no dynamic named 'foo'")]
    [InlineData("regularization", "--dynamics", "gld-hessian", "no dynamic named 'gld-hessian' here; the names are gd, gld-const, gld-dynamic, gld-diag, sgd.")]
    [InlineData("fashion-mnist", "--seeds", "1,x", "--seeds: 'x' is not a whole number ≥ 0.")]
    [InlineData("regularization", "--seeds", "-1", "--seeds: '-1' is not a whole number ≥ 0.")]
    [InlineData("fashion-mnist", "--dynamics", ",", "--dynamics must name at least one of")]
    public void A_bad_shared_option_exits_2_naming_it_with_the_usage_line(string command, string option, string value, string message)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "anisotropic-noise.dll");
        var start = new ProcessStartInfo("dotnet", [dll, command, option, value]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains(message, error);
        Assert.Contains($"\nusage: anisotropic-noise {command} ", error);
    }
}
