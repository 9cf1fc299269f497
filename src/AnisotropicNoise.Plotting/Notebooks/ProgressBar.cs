using System.Globalization;

namespace AnisotropicNoise.Plotting.Notebooks;

/// <summary>
/// A text progress bar that updates one notebook output in place, only when the whole percentage changes
/// (at most 101 updates however often work reports). Headless runs save every update as a separate
/// output, so there it shows only the finished bar.
/// </summary>
internal sealed class ProgressBar<T> : IProgress<T>
{
    private const int Width = 30;
    private readonly string _label;
    private readonly Func<T, double> _fraction;
    private readonly Func<string, Action<string>> _show;
    private readonly bool _finalOnly;
    private readonly Lock _gate = new();
    private Action<string>? _update;
    private int _shownPercent = -1;

    /// <summary>A bar titled <paramref name="label"/>; <paramref name="show"/> displays text and returns its updater.</summary>
    public ProgressBar(string label, Func<T, double> fraction, Func<string, Action<string>> show, bool finalOnly)
    {
        _label = label;
        _fraction = fraction;
        _show = show;
        _finalOnly = finalOnly;
    }

    /// <summary>Shows <paramref name="value"/>'s fraction done, which must be in [0, 1].</summary>
    public void Report(T value)
    {
        double fraction = _fraction(value);
        if (!(fraction >= 0 && fraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(value), fraction, "the fraction done must be in [0, 1].");
        int percent = (int)Math.Floor(fraction * 100);
        lock (_gate)
        {
            if (percent == _shownPercent || (_finalOnly && percent < 100)) return;
            _shownPercent = percent;
            string text = Text(_label, fraction);
            if (_update is null) _update = _show(text);
            else _update(text);
        }
    }

    /// <summary>"label ▕█████░░░░░▏  50 %".</summary>
    internal static string Text(string label, double fraction)
    {
        int filled = (int)Math.Round(fraction * Width);
        return string.Create(CultureInfo.InvariantCulture,
            $"{label} ▕{new string('█', filled)}{new string('░', Width - filled)}▏ {Math.Floor(fraction * 100),3:0} %");
    }
}
