using System.Text.Json;

namespace AnisotropicNoise.Cli.Sweeps;

/// <summary>
/// A sweep: one command of this CLI, its fixed arguments, a grid of settings and a list of seeds; every combination is
/// one task. Read from a small JSON file:
/// <code>
/// { "command": "escape-time", "arguments": ["--landscape", "double-well", "--csv"],
///   "grid": { "--temperature": ["0.25", "0.5"], "--step": ["0.01", "0.001"] },
///   "seeds": { "option": "--seed", "values": [1, 2, 3] } }
/// </code>
/// </summary>
/// <param name="Command">The command every task runs.</param>
/// <param name="Arguments">The arguments every task passes, before its own settings.</param>
/// <param name="Grid">Each option of the grid with its values, in the file's order.</param>
/// <param name="SeedOption">The option that takes the seed (<c>--seed</c>, or <c>--seeds</c> for commands that take a list).</param>
/// <param name="Seeds">The seeds.</param>
internal sealed record SweepDescription(string Command, IReadOnlyList<string> Arguments, IReadOnlyList<(string Option, IReadOnlyList<string> Values)> Grid, string SeedOption, IReadOnlyList<int> Seeds)
{
    /// <summary>Every task: the grid's combinations, the last option varying fastest, then the seed fastest of all.</summary>
    public IReadOnlyList<SweepTask> Tasks
    {
        get
        {
            IEnumerable<IReadOnlyList<(string, string)>> combinations = [[]];
            foreach (var (option, values) in Grid)
                combinations = combinations.SelectMany(c => values.Select(v => (IReadOnlyList<(string, string)>)[.. c, (option, v)]));
            return [.. combinations.SelectMany(c => Seeds.Select(seed => (Settings: c, Seed: seed))).Select((t, i) => new SweepTask(i, t.Settings, t.Seed))];
        }
    }

    /// <summary>The command-line arguments of <paramref name="task"/>, after the command's name.</summary>
    public IReadOnlyList<string> ArgumentsOf(SweepTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return [.. Arguments, .. task.Settings.SelectMany(s => new[] { s.Option, s.Value }), SeedOption, task.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)];
    }

    /// <summary>Reads the description at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not such a description; the message names the file and the problem.</exception>
    public static SweepDescription Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>The description in the JSON text <paramref name="json"/>.</summary>
    /// <exception cref="InvalidDataException">A field is missing or of the wrong kind, a grid option has no values, or an option repeats.</exception>
    public static SweepDescription Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException("a sweep description is a JSON object.");
        string command = Text(Required(root, "command"), "command");
        string[] arguments = root.TryGetProperty("arguments", out var a) ? [.. Array(a, "arguments").Select(e => Text(e, "arguments[]"))] : [];
        var grid = new List<(string, IReadOnlyList<string>)>();
        if (root.TryGetProperty("grid", out var g))
        {
            if (g.ValueKind != JsonValueKind.Object) throw new InvalidDataException("'grid' must be an object of option: [values].");
            foreach (var option in g.EnumerateObject())
            {
                string[] values = [.. Array(option.Value, $"grid.{option.Name}").Select(v => v.ValueKind == JsonValueKind.Number ? v.GetRawText() : Text(v, $"grid.{option.Name}[]"))];
                if (values.Length == 0) throw new InvalidDataException($"grid option '{option.Name}' has no values.");
                if (values.Any(v => v.Contains(',') || v.Contains('\n'))) throw new InvalidDataException($"grid option '{option.Name}': a value may not hold a comma or a line break (it becomes a CSV cell).");
                grid.Add((Option(option.Name, "grid"), values));
            }
        }
        var seeds = Required(root, "seeds");
        string seedOption = Option(Text(Required(seeds, "option"), "seeds.option"), "seeds.option");
        int[] seedValues = [.. Array(Required(seeds, "values"), "seeds.values").Select(v => v.TryGetInt32(out int s) ? s : throw new InvalidDataException("seeds.values must be whole numbers."))];
        if (seedValues.Length == 0 || seedValues.Distinct().Count() != seedValues.Length) throw new InvalidDataException("seeds.values must hold at least one seed, each once.");
        var options = grid.Select(o => o.Item1).Append(seedOption).ToArray();
        if (options.Distinct().Count() != options.Length || options.Any(arguments.Contains))
            throw new InvalidDataException("every grid option and the seed option must be distinct and absent from 'arguments'.");
        return new SweepDescription(command, arguments, grid, seedOption, seedValues);
    }

    private static JsonElement Required(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : throw new InvalidDataException($"'{name}' is missing.");

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text ? text : throw new InvalidDataException($"'{name}' must be a non-empty string.");

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw new InvalidDataException($"'{name}' must be an array.");

    private static string Option(string name, string where) =>
        name.StartsWith("--", StringComparison.Ordinal) && name.Length > 2 ? name : throw new InvalidDataException($"{where}: '{name}' is not an option (--name).");
}

/// <summary>One task of a sweep: its index, its grid settings and its seed.</summary>
/// <param name="Index">Its place in <see cref="SweepDescription.Tasks"/>, from 0 (the Slurm array index).</param>
/// <param name="Settings">Its value of each grid option.</param>
/// <param name="Seed">Its seed.</param>
internal sealed record SweepTask(int Index, IReadOnlyList<(string Option, string Value)> Settings, int Seed)
{
    /// <summary>The file name of its result, <c>task-0007.csv</c>.</summary>
    public string FileName => $"task-{Index:D4}.csv";
}
