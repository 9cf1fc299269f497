using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;

namespace AnisotropicNoise.Experiments.Conditions;

/// <summary>The Hessian's broadened spectral density at one point and eigenvalue: a line of <c>conditions-density.csv</c>.</summary>
/// <param name="Dynamic">The run's dynamic.</param>
/// <param name="Iteration">Iterations from the sharp minimum.</param>
/// <param name="Eigenvalue">Where the density is evaluated.</param>
/// <param name="Density">The density there (integrating to 1 over the eigenvalue).</param>
public sealed record DensityRow(string Dynamic, int Iteration, double Eigenvalue, double Density)
{
    private static readonly CsvColumns<DensityRow> _columns = new CsvColumns<DensityRow>("density file")
        .Text("dynamic", r => r.Dynamic).Int("iteration", r => r.Iteration).Double("eigenvalue", r => r.Eigenvalue).Double("density", r => r.Density);

    /// <summary>
    /// Each point's density on <paramref name="grid"/> eigenvalues spread evenly over the range all points' quadrature rules
    /// reach (and 5 % beyond each end), every node broadened into a Gaussian of <paramref name="broadening"/> of that range.
    /// </summary>
    public static IReadOnlyList<DensityRow> Of(IReadOnlyList<ConditionsAt> points, int grid = 400, double broadening = 0.005)
    {
        ArgumentNullException.ThrowIfNull(points);
        Guard.InRange(grid, 2, int.MaxValue, nameof(grid));
        Guard.Positive(broadening, nameof(broadening));
        double low = points.Min(p => p.Density.Range.Low), high = points.Max(p => p.Density.Range.High), width = high - low;
        double sigma = broadening * width;
        return [.. points.SelectMany(p => Enumerable.Range(0, grid).Select(i =>
        {
            double t = low - 0.05 * width + i * 1.1 * width / (grid - 1);
            return new DensityRow(p.Dynamic, p.Iteration, t, p.Density.At(t, sigma));
        }))];
    }

    /// <summary>The rows as CSV, numbers round-trip.</summary>
    public static string Format(IReadOnlyList<DensityRow> rows) => _columns.Format(rows);

    /// <summary>The rows of a CSV text written by <see cref="Format"/>.</summary>
    /// <exception cref="InvalidDataException">The header is missing or a line does not parse; the message gives the line number.</exception>
    public static IReadOnlyList<DensityRow> Parse(string text) => _columns.Parse(text, f => new DensityRow(f.Text("dynamic"), f.Int("iteration"), f.Double("eigenvalue"), f.Double("density")));

    /// <summary>The rows of the CSV file at <paramref name="path"/>, which starts with its <c># data:</c> line.</summary>
    /// <exception cref="InvalidDataException">The file is not such a CSV; the message names the file.</exception>
    public static IReadOnlyList<DensityRow> Load(string path) => DataCsv.Load(path, Parse);
}
