using System.Globalization;
using System.Text;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments;

/// <summary>The outcome of the two-dimensional escape experiment.</summary>
/// <param name="Settings">The settings it ran with.</param>
/// <param name="Dynamics">One summary per dynamic, in the order of <see cref="Toy2DSettings.Dynamics"/>.</param>
/// <param name="Landscape">The mean loss of repetition 0's data on a grid, for the contour chart.</param>
public sealed record Toy2DResult(Toy2DSettings Settings, IReadOnlyList<Toy2DDynamicResult> Dynamics, LossGrid Landscape)
{
    /// <summary>The header of <see cref="ToCsv"/>.</summary>
    public const string CsvHeader = "dynamic,successes,repetitions,rate,ci_low,ci_high";

    /// <summary>The success table as CSV: <see cref="CsvHeader"/>, then one row per dynamic.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder(CsvHeader).Append('\n');
        foreach (var d in Dynamics)
            csv.Append(CultureInfo.InvariantCulture,
                $"{d.Name},{d.Successes},{d.Repetitions},{d.Rate:G6},{d.Interval.Low:G6},{d.Interval.High:G6}\n");
        return csv.ToString();
    }
}

/// <summary>One dynamic's outcome over all repetitions.</summary>
/// <param name="Dynamic">The dynamic.</param>
/// <param name="Successes">Runs that escaped (both final coordinates below the threshold).</param>
/// <param name="Repetitions">Runs made.</param>
/// <param name="Interval">The 95% Wilson interval of the success rate.</param>
/// <param name="Runs">Each repetition's thinned trajectory and final point, in repetition order.</param>
public sealed record Toy2DDynamicResult(PaperDynamic Dynamic, int Successes, int Repetitions, WilsonInterval Interval, IReadOnlyList<Trajectory> Runs)
{
    /// <summary>The dynamic's name in the paper, for output.</summary>
    public string Name => Dynamic.DisplayName();

    /// <summary>The success rate, successes / repetitions.</summary>
    public double Rate => (double)Successes / Repetitions;

    /// <summary>Each repetition's final point <c>(w₁, w₂)</c>.</summary>
    public IReadOnlyList<double[]> FinalPositions => Runs.Select(r => r.Final).ToArray();
}
