using AnisotropicNoise.Tests.Support;
using System.Globalization;
using System.Text.RegularExpressions;
using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Tests.Packaging;

/// <summary>
/// Packs the packages, and builds and runs the README's example in a fresh console project that
/// references the packed <c>AnisotropicNoise</c> from a local folder, as a user would.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Packaging)]
public class ReadmeExampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    [Fact]
    public void TheReadmeExampleRunsAgainstThePackedPackage_AndMatchesTheExactEscapeFormula()
    {
        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string work = Directory.CreateTempSubdirectory("anisotropic-noise-pack-").FullName;
        // A version no earlier run used: the global NuGet cache never serves a stale copy of it.
        string version = $"0.1.0-readme.{Guid.NewGuid():N}";
        string cached = Path.Combine(GlobalPackagesFolder(), "anisotropicnoise", version);
        try
        {
            string feed = Path.Combine(work, "feed");
            foreach (string project in new[] { "src/AnisotropicNoise", "src/AnisotropicNoise.Plotting" })
                Succeed(Dotnet(root, "pack", project, "-c", "Release", "-o", feed, $"-p:Version={version}",
                    $"-p:ArtifactsPath={Path.Combine(work, "artifacts")}"));
            Assert.True(File.Exists(Path.Combine(feed, $"AnisotropicNoise.{version}.nupkg")));
            Assert.True(File.Exists(Path.Combine(feed, $"AnisotropicNoise.{version}.snupkg")));
            Assert.True(File.Exists(Path.Combine(feed, $"AnisotropicNoise.Plotting.{version}.nupkg")));

            string app = Directory.CreateDirectory(Path.Combine(work, "app")).FullName;
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="AnisotropicNoise" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), ReadmeExample(root));
            var run = Succeed(Dotnet(app, "run", "-c", "Release"));

            var rows = Regex.Matches(run.StandardOutput,
                @"^(?<name>.+?)\s+Tr\(HΣ\) = (?<trace>[\d.]+)\s+loss rise after 50 steps: (?<mean>[\d.]+) ± (?<se>[\d.]+) \(exact (?<exact>[\d.]+)\)",
                RegexOptions.Multiline);
            Assert.Equal(["aligned with H", "isotropic"], rows.Select(r => r.Groups["name"].Value.Trim()));
            double Value(Match row, string group) => double.Parse(row.Groups[group].Value, CultureInfo.InvariantCulture);
            foreach (Match row in rows)
                Assert.True(Math.Abs(Value(row, "mean") - Value(row, "exact")) <= 4 * Value(row, "se"),
                    $"{row.Value}: the Monte Carlo mean is more than 4 standard errors from the exact value");
            // Same total variance, but the aligned noise lifts the loss far more: Tr(HΣ) decides.
            Assert.Equal(0.5, Value(rows[0], "trace"), 4);
            Assert.True(Value(rows[0], "exact") > 30 * Value(rows[1], "exact"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
        }
    }

    /// <summary>The C# block of the README's "Use the package" section.</summary>
    private static string ReadmeExample(string root)
    {
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        int section = readme.IndexOf("## Use the package", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no 'Use the package' section");
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    private static ProcessResult Dotnet(string directory, params string[] arguments) =>
        ExternalProcess.Run("dotnet", arguments, directory, Timeout,
            new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });

    private static ProcessResult Succeed(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.StandardOutput}\n{result.StandardError}");
        return result;
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
