using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// Where the runs of the FashionMNIST experiment are kept between processes: each finished run (one
/// dynamic, one seed) as its rows, and each unfinished one as a checkpoint after its last recorded
/// stretch (parameters, random stream, rows so far), so that an interrupted run resumes where it was
/// and a re-run skips what is done. Files are checksummed and written whole; a corrupt one is ignored
/// and its run recomputed. Without a folder nothing is kept.
/// </summary>
internal sealed class FashionMnistRunStore(string? directory)
{
    // Bump when a run's numbers would change for the same settings (a new measurement, a changed noise).
    private const string Format = "fashion-mnist-run-3";

    /// <summary>The key of one run: everything its rows depend on, and no setting of the other dynamics.</summary>
    public static string Key(FashionMnistSettings s, string startKey, PaperDynamic dynamic, int seed) =>
        Hashed($"{dynamic.Slug()}-seed{seed}", string.Create(CultureInfo.InvariantCulture,
            $"{startKey}|{dynamic.Slug()}|{seed}|{s.LearningRate:R}|{s.Iterations}|{s.RecordEvery}|{NoiseSettings(s, dynamic)}|{MeasurementSettings(s)}"));

    private static string NoiseSettings(FashionMnistSettings s, PaperDynamic dynamic) => dynamic switch
    {
        PaperDynamic.Gd => "",
        PaperDynamic.GldConst => string.Create(CultureInfo.InvariantCulture, $"{s.GldConstSigma:R}"),
        PaperDynamic.GldDynamic or PaperDynamic.GldDiag or PaperDynamic.Sgd => string.Create(CultureInfo.InvariantCulture, $"{s.BatchSize}"),
        PaperDynamic.GldLeading => string.Create(CultureInfo.InvariantCulture, $"{s.BatchSize}|{s.LeadingCount}|{s.LeadingRefreshEvery}|{s.LeadingScale}|{s.LeadingDrawsEveryStep}"),
        PaperDynamic.GldHessian => string.Create(CultureInfo.InvariantCulture, $"{s.BatchSize}|{s.LeadingCount}|{s.LeadingRefreshEvery}|{s.LanczosBudget}|{s.HessianSelection}"),
        // The warm solver joins the key only when it is not the default, so the runs kept before it existed stay valid.
        PaperDynamic.GldEigenvector => string.Create(CultureInfo.InvariantCulture, $"{s.BatchSize}|{s.PowerIterations}|{s.EigenvectorRefreshEvery}|{s.EigenvectorWarmStart}|{s.EigenvectorTolerance:R}")
            + (s.EigenvectorWarmStart && s.EigenvectorWarmSolver != Noise.WarmEigenSolver.PowerIteration ? $"|{s.EigenvectorWarmSolver}" : ""),
        _ => throw new ArgumentOutOfRangeException(nameof(dynamic), dynamic, "not one of the paper's dynamics."),
    };

    /// <summary>The key of the measurement at the sharp minimum itself, shared by every run.</summary>
    public static string StartKey(FashionMnistSettings s, string startKey) => Hashed("start", $"{startKey}|{MeasurementSettings(s)}");

    private static string MeasurementSettings(FashionMnistSettings s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.BatchSize}|{s.SharpnessSigma:R}|{s.SharpnessRelativeError:R}|{s.SharpnessMaxPairs}|{s.SharpnessTestImages}|{s.TestImages}|{s.RecordTestImages}|{s.TraceProbes}|{s.TopEigenvalueBudget}");

    private static string Hashed(string prefix, string text) =>
        $"{prefix}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Format}|{text}")))[..16]}";

    /// <summary>The rows of the finished run <paramref name="key"/>, or null when there is none (or it is unreadable).</summary>
    public IReadOnlyList<FashionMnistRow>? Finished(string key)
    {
        if (directory is null || !File.Exists(PathOf(key, "csv"))) return null;
        try
        {
            var text = Encoding.UTF8.GetString(ChecksummedFile.Read(PathOf(key, "csv")));
            return text.StartsWith($"# {key}\n", StringComparison.Ordinal) ? FashionMnistCsv.Parse(text) : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Keeps the finished run's rows and drops its checkpoint.</summary>
    public void Finish(string key, IReadOnlyList<FashionMnistRow> rows)
    {
        if (directory is null) return;
        ChecksummedFile.Write(PathOf(key, "csv"), Encoding.UTF8.GetBytes($"# {key}\n" + FashionMnistCsv.Format(rows)));
        File.Delete(PathOf(key, "checkpoint"));
    }

    /// <summary>The checkpoint of the unfinished run <paramref name="key"/>, or null when there is none (or it is unreadable).</summary>
    public RunCheckpoint? Checkpoint(string key, int dimension)
    {
        if (directory is null || !File.Exists(PathOf(key, "checkpoint"))) return null;
        string path = PathOf(key, "checkpoint");
        try
        {
            using var reader = new BinaryReader(new MemoryStream(ChecksummedFile.Read(path)), Encoding.UTF8);
            if (reader.ReadString() != key) return null;
            int iteration = reader.ReadInt32();
            var theta = new double[reader.ReadInt32()];
            if (theta.Length != dimension) return null;
            for (int i = 0; i < theta.Length; i++) theta[i] = reader.ReadDouble();
            var state = new RandomStreamState(reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadDouble(), reader.ReadBoolean());
            var rows = FashionMnistCsv.Parse(reader.ReadString());
            return new RunCheckpoint(iteration, theta, RandomStream.Restore(state), rows.ToList());
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Saves the unfinished run's state after a recorded stretch.</summary>
    public void Save(string key, RunCheckpoint checkpoint)
    {
        if (directory is null) return;
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(key);
            writer.Write(checkpoint.Iteration);
            writer.Write(checkpoint.Theta.Length);
            foreach (double x in checkpoint.Theta) writer.Write(x);
            var state = checkpoint.Random.Save();
            writer.Write(state.S0);
            writer.Write(state.S1);
            writer.Write(state.S2);
            writer.Write(state.S3);
            writer.Write(state.SpareGaussian);
            writer.Write(state.HasSpare);
            writer.Write(FashionMnistCsv.Format(checkpoint.Rows));
        }
        ChecksummedFile.Write(PathOf(key, "checkpoint"), body.ToArray());
    }

    private string PathOf(string key, string extension) => Path.Combine(directory!, $"{key}.{extension}");
}

/// <summary>An unfinished run: the iteration reached, the parameters there, the run's random stream and its rows so far.</summary>
internal sealed record RunCheckpoint(int Iteration, double[] Theta, RandomStream Random, List<FashionMnistRow> Rows);
