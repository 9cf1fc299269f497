namespace AnisotropicNoise.Randomness;

/// <summary>
/// A seeded stream of random numbers (xoshiro256**) with Gaussian draws and independent child
/// streams, so that parallel work gives the same numbers whatever the thread count.
/// </summary>
public sealed class RandomStream
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareGaussian;
    private bool _hasSpare;

    /// <summary>Creates a stream from a seed; equal seeds give equal streams.</summary>
    public RandomStream(long seed)
    {
        ulong x = unchecked((ulong)seed);
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>
    /// The seed of child stream <paramref name="index"/> of <paramref name="seed"/>: a fixed
    /// function of both, so repetition i draws the same numbers however work is scheduled.
    /// </summary>
    public static long DeriveSeed(long seed, long index)
    {
        ulong x = unchecked((ulong)seed ^ (0x9E3779B97F4A7C15UL * (ulong)(index + 1)));
        SplitMix64(ref x);
        return unchecked((long)SplitMix64(ref x));
    }

    /// <summary>A new independent stream for sub-task <paramref name="index"/> of this seed.</summary>
    public static RandomStream ForTask(long seed, long index) => new(DeriveSeed(seed, index));

    /// <summary>The stream's whole state, to continue it later with <see cref="Restore"/> (run checkpoints).</summary>
    public RandomStreamState Save() => new(_s0, _s1, _s2, _s3, _spareGaussian, _hasSpare);

    /// <summary>A stream that continues exactly where the one that gave <paramref name="state"/> was.</summary>
    /// <exception cref="ArgumentException">The state is all zero (not a state of this generator).</exception>
    public static RandomStream Restore(RandomStreamState state)
    {
        if ((state.S0 | state.S1 | state.S2 | state.S3) == 0) throw new ArgumentException("an all-zero state is not a xoshiro256** state.", nameof(state));
        return new RandomStream(0)
        {
            _s0 = state.S0, _s1 = state.S1, _s2 = state.S2, _s3 = state.S3, _spareGaussian = state.SpareGaussian, _hasSpare = state.HasSpare,
        };
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform draw from [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform draw from [low, high).</summary>
    public double NextUniform(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>A uniform integer from [0, n).</summary>
    public int NextInt(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "n must be positive.");
        return (int)((NextUInt64() >> 33) * (ulong)n >> 31);
    }

    /// <summary>A standard normal draw (Marsaglia's polar method).</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareGaussian;
        }
        double u, v, s;
        do
        {
            u = 2.0 * NextDouble() - 1.0;
            v = 2.0 * NextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareGaussian = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    /// <summary>Fills <paramref name="destination"/> with independent standard normal draws.</summary>
    public void FillGaussian(Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++) destination[i] = NextGaussian();
    }

    /// <summary>Shuffles <paramref name="values"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> values)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>The state of a <see cref="RandomStream"/>: the generator's four words and the spare Gaussian draw.</summary>
/// <param name="S0">Word 0.</param>
/// <param name="S1">Word 1.</param>
/// <param name="S2">Word 2.</param>
/// <param name="S3">Word 3.</param>
/// <param name="SpareGaussian">The second Gaussian of the last pair drawn, if not yet used.</param>
/// <param name="HasSpare">Whether <paramref name="SpareGaussian"/> is pending.</param>
public readonly record struct RandomStreamState(ulong S0, ulong S1, ulong S2, ulong S3, double SpareGaussian, bool HasSpare);
