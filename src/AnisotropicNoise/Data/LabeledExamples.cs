namespace AnisotropicNoise.Data;

/// <summary>A dataset of <see cref="Count"/> examples, each a row of <see cref="FeatureCount"/> numbers and an integer label.</summary>
public sealed class LabeledExamples
{
    private readonly double[] _features;
    private readonly int[] _labels;

    /// <summary>
    /// Wraps <paramref name="features"/> (row-major, <c>labels.Length × featureCount</c>, all finite)
    /// and <paramref name="labels"/> (each in <c>[0, classCount)</c>). The arrays are not copied.
    /// </summary>
    public LabeledExamples(double[] features, int featureCount, int[] labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        FeatureCount = Guard.Positive(featureCount, nameof(featureCount));
        ClassCount = Guard.Positive(classCount, nameof(classCount));
        Guard.Length(features.Length, checked(labels.Length * featureCount), nameof(features));
        Guard.AllFinite(features, nameof(features));
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] < 0 || labels[i] >= classCount)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[i], $"labels[{i}] is {labels[i]}; labels must be in [0, {classCount - 1}].");
        _features = features;
        _labels = labels;
    }

    /// <summary>The number of examples.</summary>
    public int Count => _labels.Length;

    /// <summary>The number of features per example.</summary>
    public int FeatureCount { get; }

    /// <summary>Labels run over <c>[0, ClassCount)</c>.</summary>
    public int ClassCount { get; }

    /// <summary>The labels, one per example.</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>The features of example <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Features(int index) => _features.AsSpan(index * FeatureCount, FeatureCount);

    /// <summary>The label of example <paramref name="index"/>.</summary>
    public int Label(int index) => _labels[index];
}
