namespace AnisotropicNoise.Data;

/// <summary>The content of an IDX file of unsigned bytes (MNIST's format): its dimensions and its data, row-major.</summary>
public sealed record IdxArray
{
    /// <summary>Wraps <paramref name="data"/> with <paramref name="dimensions"/> (1 to 255 of them, each ≥ 0, product = data length).</summary>
    public IdxArray(int[] dimensions, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(data);
        if (dimensions.Length is 0 or > 255)
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions.Length, "an IDX array has 1 to 255 dimensions.");
        long size = 1;
        foreach (int d in dimensions)
        {
            if (d < 0) throw new ArgumentOutOfRangeException(nameof(dimensions), d, "every dimension must be ≥ 0.");
            size *= d;
        }
        Guard.Length(data.Length, checked((int)size), nameof(data));
        Dimensions = dimensions;
        Data = data;
    }

    /// <summary>The extent of each dimension, slowest first.</summary>
    public int[] Dimensions { get; }

    /// <summary>The values, row-major.</summary>
    public byte[] Data { get; }
}
