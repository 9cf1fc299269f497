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

    public static void AllFinite(ReadOnlySpan<double> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i])) throw new ArgumentException($"{name}[{i}] is {values[i]}; every entry must be finite.", name);
    }
}
