using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.Anisotropy;

/// <summary>Settings of a sweep of <c>Tr(HΣ)/Tr(HΣ̄)</c> against <c>D</c> across alignments <c>a</c> and exponents <c>d</c> (instances meeting both conditions).</summary>
/// <param name="Dimensions">The dimensions <c>D</c> (each ≥ k + 1).</param>
/// <param name="Alignments">The alignments <c>a</c>, each in <c>(0, 1]</c>.</param>
/// <param name="Exponents">The exponents <c>d</c>, each &gt; 0 (the bound grows with D for d &gt; ½).</param>
/// <param name="K">The number of leading eigenvalues <c>k</c>.</param>
/// <param name="Seed">The seed; instance <c>i</c> draws from <see cref="RandomStream.ForTask"/>(Seed, i).</param>
/// <param name="Rotate">Whether eigenvectors are a random rotation (slower: O(D³) per instance; the indicators are rotation invariant).</param>
public sealed record AnisotropySweepSettings(
    IReadOnlyList<int> Dimensions, IReadOnlyList<double> Alignments, IReadOnlyList<double> Exponents,
    int K = 1, long Seed = 1, bool Rotate = false)
{
    /// <summary>A default sweep: D from 10 to 1,000, a ∈ {0.1, 0.5, 1}, d ∈ {0.75, 1, 1.5}, k = 1.</summary>
    public static AnisotropySweepSettings Default { get; } =
        new([10, 30, 100, 300, 1000], [0.1, 0.5, 1.0], [0.75, 1.0, 1.5]);
}

/// <summary>Runs an <see cref="AnisotropySweepSettings"/> sweep: one <see cref="AnisotropyMeasurement"/> per (D, a, d).</summary>
public static class AnisotropySweep
{
    /// <summary>Measures one <see cref="AnisotropyInstance.Aligned"/> instance per combination, in the order D, then a, then d.</summary>
    public static IReadOnlyList<AnisotropyMeasurement> Run(AnisotropySweepSettings settings, IProgress<double>? progress = null) =>
        Run(settings, AnisotropyInstance.Aligned, progress);

    /// <summary>
    /// Measures one instance built by <paramref name="build"/> (e.g. <see cref="AnisotropyInstance.Misaligned"/>)
    /// per combination, in the order D, then a, then d; instance <c>i</c> draws from stream (Seed, i).
    /// </summary>
    public static IReadOnlyList<AnisotropyMeasurement> Run(AnisotropySweepSettings settings, AnisotropyInstanceBuilder build, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(build);
        var rows = new List<AnisotropyMeasurement>();
        int total = settings.Dimensions.Count * settings.Alignments.Count * settings.Exponents.Count;
        foreach (int dimension in settings.Dimensions)
            foreach (double a in settings.Alignments)
                foreach (double d in settings.Exponents)
                {
                    var random = RandomStream.ForTask(settings.Seed, rows.Count);
                    rows.Add(build(dimension, settings.K, d, a, random, settings.Rotate).Measure());
                    progress?.Report((double)rows.Count / total);
                }
        return rows;
    }
}

/// <summary>Builds an <see cref="AnisotropyInstance"/> of dimension D with nominal (k, d, a); the signature of <see cref="AnisotropyInstance.Aligned"/> and its siblings.</summary>
public delegate AnisotropyInstance AnisotropyInstanceBuilder(int dimension, int k, double d, double a, RandomStream random, bool rotate);
