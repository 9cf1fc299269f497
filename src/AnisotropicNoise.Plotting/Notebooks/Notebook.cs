using System.Reflection;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Plotting.Export;
using Plotly.NET;

namespace AnisotropicNoise.Plotting.Notebooks;

/// <summary>
/// Notebook glue: <see cref="Setup"/> runs once in a notebook's setup cell; <see cref="Display(GenericChart, string)"/> then
/// shows a chart as a static PNG (for GitHub and offline readers) and an interactive plot, and saves
/// it as a figure when <see cref="FiguresVariable"/> names a folder.
/// </summary>
public static class Notebook
{
    /// <summary>The environment variable naming the folder where <see cref="Display(GenericChart, string)"/> also saves each chart.</summary>
    public const string FiguresVariable = "ANISOTROPIC_NOISE_FIGURES";

    /// <summary>
    /// The environment variable that, set to <c>1</c>, asks notebooks for quick settings (the notebook tests
    /// set it; <c>reproduce</c> does not): see <see cref="FullOrQuick"/>.
    /// </summary>
    public const string QuickVariable = "ANISOTROPIC_NOISE_QUICK";

    /// <summary>
    /// The environment variable naming a folder of saved figures (<see cref="SavedFigures"/>): a chart whose data
    /// did not change takes its PNG from there, so it needs no browser; <c>reproduce</c> points it at the
    /// notebook's committed figures.
    /// </summary>
    public const string SavedFiguresVariable = "ANISOTROPIC_NOISE_SAVED_FIGURES";

    /// <summary>The environment variable the notebook runner sets to <c>1</c>: progress bars then show only their end.</summary>
    public const string HeadlessVariable = "ANISOTROPIC_NOISE_HEADLESS";

    private static Func<string, string, Action<string>>? _show;
    private static Action<IReadOnlyDictionary<string, string>>? _showBundle;

    /// <summary>True when <see cref="QuickVariable"/> is <c>1</c>: the notebook runs as a test, not for its figures.</summary>
    public static bool IsQuick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    /// <summary>
    /// A setting for the paper's run or a test run: <paramref name="full"/> normally, <paramref name="quick"/>
    /// when <see cref="IsQuick"/>, e.g. <c>int epochs = Notebook.FullOrQuick(31, 2);</c>.
    /// </summary>
    public static T FullOrQuick<T>(T full, T quick) => IsQuick ? quick : full;

    /// <summary>
    /// Checks that the loaded build is fresh, remembers how to display (<paramref name="show"/> takes a
    /// MIME type and the content, displays it and returns a function that replaces that content;
    /// <paramref name="showBundle"/> displays one output carrying the same content in several MIME types,
    /// from which each front end picks the richest it can show) and shows which build is loaded.
    /// </summary>
    /// <exception cref="InvalidOperationException">The DLLs are older than their sources.</exception>
    public static void Setup(Func<string, string, Action<string>> show, Action<IReadOnlyDictionary<string, string>> showBundle)
    {
        ArgumentNullException.ThrowIfNull(show);
        ArgumentNullException.ThrowIfNull(showBundle);
        string location = typeof(Notebook).Assembly.Location;
        BuildFreshness.EnsureFresh(Path.GetDirectoryName(location)!);
        _show = show;
        _showBundle = showBundle;
        show("text/plain", Status(location));
    }

    /// <summary>A live progress bar titled <paramref name="label"/> for work that reports its fraction done in [0, 1].</summary>
    /// <exception cref="InvalidOperationException"><see cref="Setup"/> has not run.</exception>
    public static IProgress<double> Progress(string label) => Progress<double>(label, fraction => fraction);

    /// <summary>
    /// A live progress bar titled <paramref name="label"/> for work that reports <typeparamref name="T"/>,
    /// e.g. <c>Notebook.Progress&lt;ExperimentProgress&gt;("runs", p =&gt; (double)p.Completed / p.Total)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Setup"/> has not run.</exception>
    public static IProgress<T> Progress<T>(string label, Func<T, double> fraction)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(fraction);
        var show = Shower();
        return new ProgressBar<T>(label, fraction, text => show("text/plain", text),
            finalOnly: Environment.GetEnvironmentVariable(HeadlessVariable) == "1");
    }

    /// <summary>
    /// Shows <paramref name="chart"/> as one output holding the interactive plot in Plotly's MIME type
    /// (<see cref="PlotlyMime"/>) and a PNG of it (Jupyter's convention: a front end with a Plotly renderer shows
    /// the plot, GitHub, nbviewer and the others the PNG), or the plot and a note when the chart changed and no
    /// browser was found; saves <c>name.html/.svg/.png/.sha256</c> into the
    /// figures folder when one is set. The PNG of an unchanged chart comes from <see cref="SavedFiguresVariable"/>'s folder.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Setup"/> has not run.</exception>
    public static void Display(this GenericChart chart, string name)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ChartFiles.CheckName(name);
        var show = Shower();
        var showBundle = _showBundle!;
        StaticImages? images = ChartFiles.StaticImagesOf(chart, name, Environment.GetEnvironmentVariable(SavedFiguresVariable));
        var bundle = new Dictionary<string, string> { [PlotlyMime.Type] = PlotlyMime.Of(chart) };
        if (images is null)
            show("text/plain", $"(no static image of '{name}': no Chromium found; install chromium or set {Chromium.PathVariable})");
        else
            bundle["image/png"] = Convert.ToBase64String(images.Png);
        showBundle(bundle);
        string? figures = Environment.GetEnvironmentVariable(FiguresVariable);
        if (!string.IsNullOrWhiteSpace(figures)) ChartFiles.Save(chart, figures, name, images);
    }

    /// <summary>Shows <paramref name="table"/> as an HTML table (<see cref="ResultTable.ToHtml"/>).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Setup"/> has not run.</exception>
    public static void Display(this ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Shower()("text/html", table.ToHtml());
    }

    private static Func<string, string, Action<string>> Shower() => _show ?? throw new InvalidOperationException(
        "Notebook.Setup has not run: start the notebook with its setup cell (#load \"setup.csx\").");

    private static string Status(string location)
    {
        var core = typeof(AnisotropicNoise.Randomness.RandomStream).Assembly;
        string version = core.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        string browser = Chromium.Find() ?? "no browser found (a chart keeps its saved PNG while its data are unchanged; a changed one shows without a static image)";
        string folder = Path.GetDirectoryName(location)!;
        string? sources = BuildFreshness.FindSourceFolder(folder);
        string shown = sources is null ? folder : Path.GetRelativePath(Path.GetDirectoryName(sources)!, folder);
        return $"AnisotropicNoise {version}, built {File.GetLastWriteTimeUtc(core.Location):u}, from {shown}\n" +
               $"charts: Plotly's MIME type for the front end's renderer, with a PNG beside it; static images: {browser}" +
               (IsQuick ? $"\nquick settings ({QuickVariable}=1): a test run, not the paper's" : "");
    }
}
