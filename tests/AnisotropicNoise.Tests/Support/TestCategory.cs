namespace AnisotropicNoise.Tests.Support;

/// <summary>
/// The test categories, as xunit traits named <see cref="Name"/> (<c>[Trait(TestCategory.Name, TestCategory.Notebooks)]</c>).
/// A test without one is a fast unit test. The README's development command leaves the four slow ones out;
/// CI runs everything.
/// </summary>
public static class TestCategory
{
    /// <summary>The trait's name, as <c>dotnet test --filter "Category!=…"</c> reads it.</summary>
    public const string Name = "Category";

    /// <summary>Executes notebooks in a real kernel (dotnet repl or Jupyter): minutes each.</summary>
    public const string Notebooks = "Notebooks";

    /// <summary>Runs an experiment on real data (a GD phase, runs of the dynamics, a CLI command doing so).</summary>
    public const string Experiments = "Experiments";

    /// <summary>Packs the NuGet packages and builds a program against them.</summary>
    public const string Packaging = "Packaging";

    /// <summary>Starts a private Slurm cluster.</summary>
    public const string Slurm = "Slurm";
}
