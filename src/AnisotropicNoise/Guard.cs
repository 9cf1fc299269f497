namespace AnisotropicNoise;

/// <summary>Argument checks that name the argument and the allowed range.</summary>
internal static class Guard
{
    public static double Finite(double value, string name)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number.");
        return value;
    }

    public static double NonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and ≥ 0.");
        return value;
    }

    public static double Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and > 0.");
        return value;
    }

    public static int Positive(int value, string name)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must be ≥ 1.");
        return value;
    }

    public static int NonNegative(int value, string name)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must be ≥ 0.");
        return value;
    }

    public static int InRange(int value, int low, int high, string name)
    {
        if (value < low || value > high) throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [{low}, {high}].");
        return value;
    }

    public static void Length(int actual, int expected, string name)
    {
        if (actual != expected) throw new ArgumentException($"{name} has length {actual}; expected {expected}.", name);
    }

    public static double[] NonEmptyFinite(double[]? values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length == 0) throw new ArgumentException($"{name} must have at least one entry.", name);
        AllFinite(values, name);
        return values;
    }

    public static void AllFinite(ReadOnlySpan<double> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i])) throw new ArgumentException($"{name}[{i}] is {values[i]}; every entry must be finite.", name);
    }

    /// <summary>A degree of parallelism: ≥ 1, or −1 for every core.</summary>
    public static int Parallelism(int value, string name)
    {
        if (value is 0 or < -1) throw new ArgumentOutOfRangeException(name, value, $"{name} must be ≥ 1, or −1 for every core.");
        return value;
    }

    /// <summary>A relative tolerance in the open interval <c>(0, 1)</c>.</summary>
    public static double OpenUnitInterval(double value, string name)
    {
        if (!(value > 0 && value < 1)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be in (0, 1).");
        return value;
    }

    /// <summary>A clipping margin δ in <c>[0, 1/2)</c>.</summary>
    public static double ClipMargin(double value, string name)
    {
        if (!(value >= 0 && value < 0.5)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 0.5).");
        return value;
    }

    /// <summary>An even count ≥ 2 (half of the units +1, half −1).</summary>
    public static int EvenAtLeastTwo(int value, string name)
    {
        if (value < 2 || value % 2 != 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must be even and ≥ 2.");
        return value;
    }

    /// <summary>A defined value of the enum <typeparamref name="T"/>; the message lists the allowed names.</summary>
    public static T Defined<T>(T value, string name) where T : struct, Enum
    {
        if (!Enum.IsDefined(value)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}.");
        return value;
    }

    /// <summary>A non-empty list naming each of its <paramref name="items"/> once.</summary>
    public static void NonEmptyDistinct<T>(IReadOnlyList<T>? values, string name, string items)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0) throw new ArgumentException($"{name} must list at least one of the {items}.", name);
        if (values.Distinct().Count() != values.Count) throw new ArgumentException($"{name} names one of the {items} twice.", name);
    }
}
