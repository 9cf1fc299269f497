namespace AnisotropicNoise.Experiments.Seeds;

/// <summary>A row an experiment records for one dynamic and seed at one iteration.</summary>
public interface ISeededRow
{
    /// <summary>The dynamic's display name.</summary>
    string Dynamic { get; }

    /// <summary>The run's seed.</summary>
    int Seed { get; }

    /// <summary>The iteration the row was recorded at.</summary>
    int Iteration { get; }
}
