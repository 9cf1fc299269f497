using System.Text;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// Where an experiment's runs are kept between processes: each finished run (one dynamic, one seed) as its
/// rows, and each unfinished one as a checkpoint after its last recorded stretch (parameters, random stream,
/// rows so far), so that an interrupted run resumes where it was and a re-run skips what is done. Files are
/// checksummed and written whole; a corrupt one is ignored and its run recomputed. Without a folder nothing
/// is kept. The rows are kept as the text that <c>format</c> writes and <c>parse</c> reads back.
/// </summary>
internal sealed class RunStore<TRow>(string? directory, Func<IReadOnlyList<TRow>, string> format, Func<string, IReadOnlyList<TRow>> parse)
{
    /// <summary>The rows of the finished run <paramref name="key"/>, or null when there is none (or it is unreadable).</summary>
    public IReadOnlyList<TRow>? Finished(string key)
    {
        if (directory is null || !File.Exists(PathOf(key, "csv"))) return null;
        try
        {
            var text = Encoding.UTF8.GetString(ChecksummedFile.Read(PathOf(key, "csv")));
            return text.StartsWith($"# {key}\n", StringComparison.Ordinal) ? parse(text) : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Keeps the finished run's rows and drops its checkpoint.</summary>
    public void Finish(string key, IReadOnlyList<TRow> rows)
    {
        if (directory is null) return;
        ChecksummedFile.Write(PathOf(key, "csv"), Encoding.UTF8.GetBytes($"# {key}\n" + format(rows)));
        File.Delete(PathOf(key, "checkpoint"));
    }

    /// <summary>The checkpoint of the unfinished run <paramref name="key"/>, or null when there is none (or it is unreadable).</summary>
    public RunCheckpoint<TRow>? Checkpoint(string key, int dimension)
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
            var rows = parse(reader.ReadString());
            return new RunCheckpoint<TRow>(iteration, theta, RandomStream.Restore(state), rows.ToList());
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Saves the unfinished run's state after a recorded stretch.</summary>
    public void Save(string key, RunCheckpoint<TRow> checkpoint)
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
            writer.Write(format(checkpoint.Rows));
        }
        ChecksummedFile.Write(PathOf(key, "checkpoint"), body.ToArray());
    }

    private string PathOf(string key, string extension) => Path.Combine(directory!, $"{key}.{extension}");
}

/// <summary>An unfinished run: the iteration reached, the parameters there, the run's random stream and its rows so far.</summary>
internal sealed record RunCheckpoint<TRow>(int Iteration, double[] Theta, RandomStream Random, List<TRow> Rows);
