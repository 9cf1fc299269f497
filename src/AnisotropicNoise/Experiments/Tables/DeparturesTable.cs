namespace AnisotropicNoise.Experiments.Tables;

/// <summary>An experiment's departures from the authors' scripts as a table: setting, value here, the scripts' value.</summary>
public static class DeparturesTable
{
    /// <summary>The table of <paramref name="departures"/>, one row each.</summary>
    public static ResultTable Of(IEnumerable<(string Setting, string Here, string Scripts)> departures)
    {
        ArgumentNullException.ThrowIfNull(departures);
        return new([new("setting", "setting"), new("here", "here"), new("scripts", "the authors' scripts")],
            departures.Select(d => (IReadOnlyList<ResultCell>)[ResultCell.Of(d.Setting), ResultCell.Of(d.Here), ResultCell.Of(d.Scripts)]));
    }

    /// <summary>One departure as a results file's <c>#</c> line says it (without the <c>#</c>).</summary>
    public static string CommentLine((string Setting, string Here, string Scripts) departure) =>
        $"{CommentPrefix}{departure.Setting} = {departure.Here}; scripts: {departure.Scripts}";

    /// <summary>How every <see cref="CommentLine"/> starts.</summary>
    public const string CommentPrefix = "departure: ";
}
