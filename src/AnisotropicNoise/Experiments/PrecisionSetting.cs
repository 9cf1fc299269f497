using AnisotropicNoise.Networks;

namespace AnisotropicNoise.Experiments;

/// <summary>How an experiment's <see cref="NetworkPrecision"/> enters its departures from the scripts and its run keys.</summary>
internal static class PrecisionSetting
{
    /// <summary>The departure from the scripts (PyTorch's single precision), or null in single precision.</summary>
    public static (string Setting, string Here, string Scripts)? Departure(NetworkPrecision precision) => precision == NetworkPrecision.Single
        ? null
        : (nameof(NetworkPrecision).Replace("Network", ""), "Double (every pass in float64, one example at a time)", "Single (PyTorch's default float32)");

    /// <summary>Joins a run key only when not double, so the runs kept before the setting existed keep their keys.</summary>
    public static string KeySuffix(NetworkPrecision precision) => precision == NetworkPrecision.Double ? "" : "|" + precision.ToString().ToLowerInvariant();
}
