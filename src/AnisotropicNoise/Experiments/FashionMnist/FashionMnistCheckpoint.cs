using System.Globalization;
using System.Text;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// The saved end of the GD phase, so that re-runs start from the same sharp minimum. The file name
/// carries a key over the GD settings and the training data; the file carries the key again, the
/// parameters and a SHA-256 over everything, so a truncated, corrupt or foreign file is recognised.
/// </summary>
public static class FashionMnistCheckpoint
{
    private const string Magic = "ANISOTROPIC-NOISE-GD-CHECKPOINT-1";

    /// <summary>The default checkpoint folder: <c>checkpoints</c> beside the FashionMNIST cache folder (<see cref="Data.FashionMnist.DefaultCacheDirectory"/>).</summary>
    public static string DefaultDirectory => Path.Combine(Path.GetDirectoryName(Data.FashionMnist.DefaultCacheDirectory)!, "checkpoints");

    /// <summary>The key of a GD phase: a SHA-256 (hex, first 24 digits) over the settings it depends on and the training data's identity.</summary>
    public static string Key(FashionMnistSettings settings, FashionMnistData data)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        string text = string.Create(CultureInfo.InvariantCulture,
            $"{settings.TrainingImages}|{settings.CorruptedFrom}|{settings.CorruptedImages}|{settings.GdLearningRate:R}|{settings.GdStop}|{settings.GdMaxIterations}|{(settings.GdStop == GdStopRule.Loss ? settings.GdLossThreshold : 0):R}|{settings.Seed}|{data.TrainingIdentity()}{PrecisionSetting.KeySuffix(settings.Precision)}{(settings.BiasesFromTruncatedNormal ? "|biases-truncated-normal" : "")}");
        return RunKey.Hash(text, hexDigits: 24);
    }

    /// <summary>The checkpoint file for <paramref name="key"/> in <paramref name="directory"/>.</summary>
    public static string PathFor(string directory, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return Path.Combine(directory, $"fashion-mnist-gd-{key}.bin");
    }

    /// <summary>Writes <paramref name="start"/> under <paramref name="key"/> to <paramref name="path"/>, whole or not at all.</summary>
    public static void Save(string path, string key, FashionMnistStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(key);
            writer.Write(start.Iterations);
            writer.Write(start.Fitted);
            writer.Write(start.TrainAccuracy);
            writer.Write(start.TrainLoss);
            writer.Write(start.Theta.Length);
            foreach (double x in start.Theta) writer.Write(x);
        }
        ChecksummedFile.Write(path, body.ToArray());
    }

    /// <summary>
    /// Reads the checkpoint at <paramref name="path"/>, which must carry <paramref name="key"/> and
    /// <paramref name="dimension"/> parameters; <paramref name="origin"/> becomes the start's <see cref="FashionMnistStart.Origin"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is truncated, corrupt (checksum), of another format, key or dimension; the message says which.</exception>
    public static FashionMnistStart Load(string path, string key, int dimension, string origin)
    {
        using var reader = new BinaryReader(new MemoryStream(ChecksummedFile.Read(path)), Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic) throw new InvalidDataException($"{path}: not a GD checkpoint of this format.");
            string storedKey = reader.ReadString();
            if (storedKey != key) throw new InvalidDataException($"{path}: holds key {storedKey}, not {key}.");
            int iterations = reader.ReadInt32();
            bool fitted = reader.ReadBoolean();
            double accuracy = reader.ReadDouble(), loss = reader.ReadDouble();
            int length = reader.ReadInt32();
            if (length != dimension) throw new InvalidDataException($"{path}: holds {length} parameters; the network has {dimension}.");
            var theta = new double[length];
            for (int i = 0; i < length; i++) theta[i] = reader.ReadDouble();
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new InvalidDataException($"{path}: trailing bytes after the parameters.");
            if (!theta.All(double.IsFinite)) throw new InvalidDataException($"{path}: a parameter is not finite.");
            return new FashionMnistStart(theta, iterations, fitted, accuracy, loss, origin);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: truncated.", e);
        }
    }
}
