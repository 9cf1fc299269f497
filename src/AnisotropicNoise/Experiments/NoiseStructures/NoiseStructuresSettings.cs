using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Toy2D;

namespace AnisotropicNoise.Experiments.NoiseStructures;

/// <summary>
/// Settings of the side-by-side comparison of the 2-D experiment's noise structures at one point of
/// its landscape; the defaults are the paper's Fig. 2 data and noise trace, at the sharp minimum.
/// </summary>
public sealed record NoiseStructuresSettings
{
    /// <summary>The number of examples <c>N</c> of the landscape (the 2-D experiment's repetition-0 data).</summary>
    public int Examples { get; init; } = 100;

    /// <summary>The common total variance <c>s = Tr Σ</c> every structure is scaled to.</summary>
    public double NoiseTrace { get; init; } = 0.01;

    /// <summary>The point where the structures are built (default: the sharp minimum's neighbourhood).</summary>
    public (double X, double Y) Point { get; init; } = (1, 1);

    /// <summary>The number of draws of each noise for its sample cloud.</summary>
    public int Draws { get; init; } = 500;

    /// <summary>The seed of the data (as <see cref="Toy2DSettings.Seed"/>) and of the draws.</summary>
    public long Seed { get; init; } = 2019;

    /// <summary>The structures, by their dynamic (any of <see cref="Toy2DDynamics.NoiseStructures"/>, the noisy GLD variants).</summary>
    public IReadOnlyList<PaperDynamic> Structures { get; init; } = Toy2DDynamics.NoiseStructures;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        Guard.InRange(Examples, 2, 1_000_000, nameof(Examples));
        Guard.Positive(NoiseTrace, nameof(NoiseTrace));
        Guard.Finite(Point.X, nameof(Point));
        Guard.Finite(Point.Y, nameof(Point));
        Guard.Positive(Draws, nameof(Draws));
        Guard.NonEmptyDistinct(Structures, nameof(Structures), "noise structures");
        foreach (var dynamic in Structures)
            if (!Toy2DDynamics.NoiseStructures.Contains(dynamic))
                throw new ArgumentException(
                    $"{nameof(Structures)}: {dynamic.DisplayName()} is not a noise structure; allowed: {string.Join(", ", Toy2DDynamics.NoiseStructures.Select(d => d.DisplayName()))}.",
                    nameof(Structures));
    }
}
