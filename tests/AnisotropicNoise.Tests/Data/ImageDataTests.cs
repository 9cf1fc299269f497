using AnisotropicNoise.Tests.Support;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Tests.Data;

public class ImageDataTests
{
    [Fact]
    public void PixelsScaleLinearlyOntoMinusOneToOne()
    {
        var images = new LabeledImages(1, 3, [0, 51, 255, 255, 0, 102], [2, 7]);
        var examples = images.ToExamples();
        Assert.Equal(new[] { -1.0, -0.6, 1.0 }, examples.Features(0).ToArray(), new Tolerance(1e-15));
        Assert.Equal(new[] { 1.0, -1.0, -0.2 }, examples.Features(1).ToArray(), new Tolerance(1e-15));
        Assert.Equal([2, 7], examples.Labels);
        Assert.Equal(new[] { 0.0, 0.2, 1.0 }, images.ToExamples(low: 0, high: 1).Features(0).ToArray(), new Tolerance(1e-15)); // the CIFAR-10/SVHN scripts' range
        Assert.Equal("low", Assert.Throws<ArgumentException>(() => images.ToExamples(low: 1, high: 0)).ParamName);
    }

    [Fact]
    public void PaperCorruptionKeepsTheFirstThousandLabelsAndRedrawsTheNextTwoHundredUniformly()
    {
        var source = SyntheticImages.Generate(1500, seed: 3);
        var a = LabelCorruption.PaperTrainingSet(source, seed: 11);
        var b = LabelCorruption.PaperTrainingSet(source, seed: 11);
        Assert.Equal(1200, a.Count);
        Assert.Equal(source.Labels.Take(1000), a.Labels.Take(1000));
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(source.Pixels(1100).ToArray(), a.Pixels(1100).ToArray());
        // A uniform redraw keeps a label with probability 1/10: about 20 of 200 (binomial sd 4.2).
        int kept = Enumerable.Range(1000, 200).Count(i => a.Labels[i] == source.Labels[i]);
        Assert.InRange(kept, 20 - 13, 20 + 13);
        var other = LabelCorruption.PaperTrainingSet(source, seed: 12);
        Assert.NotEqual(a.Labels.Skip(1000), other.Labels.Skip(1000));
    }

    [Fact]
    public void CorruptionRangeMustLieInsideTheData()
    {
        var images = SyntheticImages.Generate(10, seed: 1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LabelCorruption.Corrupt(images, 5, 6, seed: 1));
        Assert.Equal("count", error.ParamName);
    }

    [Fact]
    public void SyntheticImagesHaveFashionMnistsShapeAndBalancedClasses()
    {
        var images = SyntheticImages.Generate(2000, seed: 5);
        Assert.Equal((28, 28, 10), (images.Rows, images.Columns, images.ClassCount));
        var counts = images.Labels.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(10, counts.Count);
        // 200 expected per class, binomial sd ≈ 13.4.
        Assert.All(counts.Values, c => Assert.InRange(c, 200 - 55, 200 + 55));
        Assert.Equal(images.Pixels(7).ToArray(), SyntheticImages.Generate(2000, seed: 5).Pixels(7).ToArray());
    }

    [Fact]
    public void SyntheticImagesAreLearnableButNotTrivially()
    {
        var train = SyntheticImages.Generate(1000, seed: 1).ToExamples();
        var test = SyntheticImages.Generate(1000, seed: 2).ToExamples();
        var means = new double[10, 784];
        var counts = new int[10];
        for (int i = 0; i < train.Count; i++)
        {
            counts[train.Label(i)]++;
            var x = train.Features(i);
            for (int j = 0; j < 784; j++) means[train.Label(i), j] += x[j];
        }
        int correct = 0;
        for (int i = 0; i < test.Count; i++)
        {
            var x = test.Features(i);
            int best = 0;
            double bestDistance = double.MaxValue;
            for (int c = 0; c < 10; c++)
            {
                double distance = 0;
                for (int j = 0; j < 784; j++) distance += Math.Pow(x[j] - means[c, j] / counts[c], 2);
                if (distance < bestDistance) (best, bestDistance) = (c, distance);
            }
            if (best == test.Label(i)) correct++;
        }
        // The nearest class mean, a linear classifier, does far better than chance (0.1) but far from
        // perfectly (0.50 measured): there is structure for a CNN to find beyond a template match.
        Assert.InRange(correct / 1000.0, 0.35, 0.7);
    }
}
