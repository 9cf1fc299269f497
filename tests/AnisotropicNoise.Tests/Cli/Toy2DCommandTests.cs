using System.Diagnostics;
using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;

namespace AnisotropicNoise.Tests.Cli;

public class Toy2DCommandTests
{
    private static (int Code, string Output) Run(params string[] args) => CommandRunner.Run(new Toy2DCommand(), args);

    [Fact]
    public void CsvPrintsTheHeaderAndOneRowPerRequestedDynamic()
    {
        var (code, output) = Run("--repetitions", "3", "--steps", "50", "--seed", "4", "--dynamics", "GD, GLD diag", "--csv", "--threads", "1");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(["dynamic,successes,repetitions,rate,ci_low,ci_high", "GD,0,3,0,0,0.561497"], lines[..2]);
        Assert.StartsWith("GLD diag,", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void OutWritesTheChartAndTheTable()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"toy2d-{Guid.NewGuid():N}");
        try
        {
            var (code, output) = Run("--repetitions", "2", "--steps", "10", "--dynamics", "GD", "--out", directory);
            Assert.Equal(0, code);
            Assert.Contains("GD ", output);
            Assert.True(new FileInfo(Path.Combine(directory, "toy2d.html")).Length > 1_000_000);
            Assert.StartsWith("dynamic,successes,repetitions,rate,ci_low,ci_high\nGD,0,2,", File.ReadAllText(Path.Combine(directory, "toy2d.csv")));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--eta", "-0.1", "--eta")]
    [InlineData("--eta", "NaN", "--eta")]
    [InlineData("--noise", "-1", "--noise")]
    [InlineData("--noise", "Infinity", "--noise")]
    [InlineData("--repetitions", "0", "--repetitions")]
    [InlineData("--dynamics", "GD,GLD wobble", "'GLD wobble'")]
    [InlineData("--batch", "101", "--batch")]
    [InlineData("--threads", "0", "--threads")]
    public void BadInputIsAUsageErrorNamingIt(string option, string value, string named)
    {
        var e = Assert.Throws<UsageException>(() => Run(option, value));
        Assert.Contains(named, e.Message);
    }

    [Fact]
    public void TheProgramExitsWithCode2OnBadInput()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "anisotropic-noise.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "toy2d", "--dynamics", "GLD wobble"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("unknown dynamic 'GLD wobble'", error);
    }
}
