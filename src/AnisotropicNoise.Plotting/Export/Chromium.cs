namespace AnisotropicNoise.Plotting.Export;

/// <summary>Finds a local Chromium (or Chrome) for static images; nothing is ever downloaded.</summary>
public static class Chromium
{
    /// <summary>The environment variable that names the browser executable explicitly.</summary>
    public const string PathVariable = "ANISOTROPIC_NOISE_CHROMIUM";

    /// <summary>The value of <see cref="PathVariable"/> that means "use no browser", even where one is installed.</summary>
    public const string None = "none";

    /// <summary>The command that installs a browser on Debian and Ubuntu, for messages that ask for one.</summary>
    public const string InstallHint = "sudo apt-get install chromium";

    private static readonly string[] _candidates =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
    ];

    /// <summary>
    /// The browser named by <see cref="PathVariable"/> (which must exist; <see cref="None"/> gives null), else the
    /// first of the usual install locations that exists, else null.
    /// </summary>
    /// <exception cref="FileNotFoundException">The variable names a file that does not exist.</exception>
    public static string? Find() => Find(Environment.GetEnvironmentVariable(PathVariable), _candidates);

    /// <summary><see cref="Find()"/> with the variable's value <paramref name="named"/> and the install locations <paramref name="candidates"/> given.</summary>
    internal static string? Find(string? named, IEnumerable<string> candidates)
    {
        if (named == None) return null;
        if (!string.IsNullOrWhiteSpace(named))
            return File.Exists(named) ? named : throw new FileNotFoundException($"{PathVariable} names '{named}', which does not exist.", named);
        return candidates.FirstOrDefault(File.Exists);
    }
}
