using System.Globalization;

namespace AnisotropicNoise.Cli;

/// <summary>Parsed <c>--name value</c> options, <c>--flag</c> switches and operands (other arguments); every one must be consumed.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<string> _operands = [];
    private int _operandsUsed;

    public Arguments(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) { _operands.Add(arg); continue; }
            if (arg.Length == 2) throw new UsageException($"unexpected argument '{arg}'.");
            string name = arg[2..];
            if (_options.ContainsKey(name)) throw new UsageException($"--{name} is given twice.");
            if (flags.Contains(name)) { _options[name] = null; continue; }
            if (i + 1 >= args.Count) throw new UsageException($"--{name} needs a value.");
            _options[name] = args[++i];
        }
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    /// <summary>The operand at <paramref name="index"/> (for example the dataset of <c>data fashion-mnist</c>), or null when there is none.</summary>
    public string? Operand(int index)
    {
        _operandsUsed = Math.Max(_operandsUsed, index + 1);
        return index < _operands.Count ? _operands[index] : null;
    }

    /// <summary>
    /// Every operand, each the path of an existing file, at least <paramref name="minimum"/> of them; too few is a usage
    /// error saying what to name (<paramref name="what"/>), a missing file one naming the path.
    /// </summary>
    public IReadOnlyList<string> Files(int minimum, string what)
    {
        var paths = new List<string>();
        for (int i = 0; Operand(i) is { } path; i++)
            paths.Add(File.Exists(path) ? path : throw new UsageException($"no file '{path}'."));
        return paths.Count >= minimum ? paths : throw new UsageException($"name at least {what}.");
    }

    public string? Text(string name)
    {
        _used.Add(name);
        return _options.GetValueOrDefault(name);
    }

    public int Int(string name, int fallback, int min = int.MinValue)
    {
        string? text = Text(name);
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            throw new UsageException($"--{name} must be a whole number; got '{text}'.");
        if (value < min) throw new UsageException($"--{name} must be ≥ {min}; got {value}.");
        return value;
    }

    /// <summary>A comma-separated list of whole numbers, each ≥ <paramref name="min"/>; null when the option is absent.</summary>
    public IReadOnlyList<int>? Ints(string name, int min = int.MinValue)
    {
        string? text = Text(name);
        if (text is null) return null;
        var values = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v >= min
                ? v : throw new UsageException($"--{name}: '{part}' is not a whole number ≥ {min}.")).ToArray();
        return values.Length > 0 ? values : throw new UsageException($"--{name} must list at least one number.");
    }

    public long Long(string name, long fallback)
    {
        string? text = Text(name);
        if (text is null) return fallback;
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
            throw new UsageException($"--{name} must be a whole number; got '{text}'.");
        return value;
    }

    public double Double(string name, double fallback, bool allowZero = true)
    {
        string? text = Text(name);
        if (text is null) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new UsageException($"--{name} must be a finite number; got '{text}'.");
        if (value < 0 || (!allowZero && value == 0))
            throw new UsageException($"--{name} must be {(allowZero ? "≥ 0" : "> 0")}; got {text}.");
        return value;
    }

    /// <summary>
    /// The dynamics of <c>--dynamics a,b,…</c> (slugs or display names), each allowed by <paramref name="allowed"/>
    /// (default: all eight), or <paramref name="fallback"/> when absent; a name that is not one is a usage error
    /// listing the names.
    /// </summary>
    public IReadOnlyList<AnisotropicNoise.Dynamics.PaperDynamic> Dynamics(IReadOnlyList<AnisotropicNoise.Dynamics.PaperDynamic> fallback,
        IReadOnlyCollection<AnisotropicNoise.Dynamics.PaperDynamic>? allowed = null)
    {
        string? text = Text("dynamics");
        if (text is null) return fallback;
        allowed ??= AnisotropicNoise.Dynamics.PaperDynamics.All;
        string names = string.Join(", ", allowed.Select(AnisotropicNoise.Dynamics.PaperDynamics.Slug));
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) throw new UsageException($"--dynamics must name at least one of {names}.");
        return parts.Select(part => AnisotropicNoise.Dynamics.PaperDynamics.TryParse(part) is { } dynamic && allowed.Contains(dynamic)
            ? dynamic : throw new UsageException($"--dynamics: no dynamic named '{part}' here; the names are {names}.")).ToArray();
    }

    /// <summary>The seeds of <c>--seeds 1,2,3</c> (whole numbers ≥ 0), or <paramref name="fallback"/> when absent.</summary>
    public IReadOnlyList<int> Seeds(IReadOnlyList<int> fallback) => Ints("seeds", min: 0) ?? fallback;

    /// <summary>The network's precision from <c>--precision single|double</c>, or <paramref name="fallback"/> when absent.</summary>
    public AnisotropicNoise.Networks.NetworkPrecision Precision(AnisotropicNoise.Networks.NetworkPrecision fallback) =>
        Choice("precision", fallback, ("single", AnisotropicNoise.Networks.NetworkPrecision.Single), ("double", AnisotropicNoise.Networks.NetworkPrecision.Double));

    /// <summary>The value whose word <c>--name</c> gives, or <paramref name="fallback"/> when absent; any other word is a usage error naming the choices.</summary>
    public T Choice<T>(string name, T fallback, params (string Word, T Value)[] choices)
    {
        if (Text(name) is not string word) return fallback;
        foreach (var choice in choices)
            if (choice.Word == word) return choice.Value;
        var words = choices.Select(c => c.Word).ToArray();
        string listed = words.Length == 1 ? words[0] : $"{string.Join(", ", words[..^1])} or {words[^1]}";
        throw new UsageException($"--{name} must be {listed}, not '{word}'.");
    }

    /// <summary>Fails on any option the command did not ask for, so a typo is never silently ignored.</summary>
    public void EnsureAllUsed()
    {
        if (_operands.Count > _operandsUsed) throw new UsageException($"unexpected argument '{_operands[_operandsUsed]}'.");
        var unknown = _options.Keys.Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown option{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}
