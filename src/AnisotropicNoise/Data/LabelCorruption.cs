using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Data;

/// <summary>
/// Replaces labels with uniformly random ones, as the paper builds its poorly generalizing
/// training set: the first 1,000 FashionMNIST training images keep their labels, the next 200
/// (indices 1000–1199) get labels drawn uniformly from all classes (so a few keep theirs by chance).
/// </summary>
public static class LabelCorruption
{
    /// <summary>Images with their true labels at the start of the paper's training set.</summary>
    public const int PaperCleanCount = 1000;

    /// <summary>Images with random labels that follow them.</summary>
    public const int PaperCorruptedCount = 200;

    /// <summary>
    /// A copy of <paramref name="images"/> whose labels at indices <c>[start, start + count)</c> are
    /// drawn uniformly from <c>[0, ClassCount)</c> by a stream seeded with <paramref name="seed"/>.
    /// </summary>
    public static LabeledImages Corrupt(LabeledImages images, int start, int count, long seed)
    {
        ArgumentNullException.ThrowIfNull(images);
        Guard.InRange(start, 0, images.Count, nameof(start));
        Guard.InRange(count, 0, images.Count - start, nameof(count));
        var labels = images.Labels.ToArray();
        var random = new RandomStream(seed);
        for (int i = start; i < start + count; i++) labels[i] = random.NextInt(images.ClassCount);
        return images.WithLabels(labels);
    }

    /// <summary>The paper's training set: the first 1,200 images, the last 200 of them with random labels.</summary>
    public static LabeledImages PaperTrainingSet(LabeledImages training, long seed) =>
        Corrupt(training.Take(PaperCleanCount + PaperCorruptedCount), PaperCleanCount, PaperCorruptedCount, seed);
}
