using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnisotropicNoise.Cli.Notebooks;

/// <summary>A Jupyter notebook (.ipynb) as JSON: its cells, their sources and outputs.</summary>
internal sealed class NotebookDocument
{
    private static readonly JsonSerializerOptions _writeOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions _compactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private NotebookDocument(JsonObject root, JsonArray cells)
    {
        Root = root;
        Cells = cells;
    }

    /// <summary>The whole notebook.</summary>
    public JsonObject Root { get; }

    /// <summary>The notebook's cells, in order.</summary>
    public JsonArray Cells { get; }

    /// <summary>Parses a notebook, naming <paramref name="origin"/> (usually the path) when the JSON is not a notebook.</summary>
    public static NotebookDocument Parse(string json, string origin)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(json); }
        catch (JsonException e) { throw new InvalidDataException($"{origin} is not valid JSON: {e.Message}", e); }
        if (node is not JsonObject root || root["cells"] is not JsonArray cells)
            throw new InvalidDataException($"{origin} is not a notebook: it has no \"cells\" array.");
        for (int i = 0; i < cells.Count; i++)
            if (cells[i] is not JsonObject cell || cell["cell_type"]?.GetValueKind() != JsonValueKind.String)
                throw new InvalidDataException($"{origin} cell {i + 1} has no \"cell_type\".");
        return new NotebookDocument(root, cells);
    }

    /// <summary>Reads and parses the notebook at <paramref name="path"/>.</summary>
    public static NotebookDocument Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Whether cell <paramref name="index"/> (0-based) is a code cell.</summary>
    public bool IsCode(int index) => (string?)Cells[index]!["cell_type"] == "code";

    /// <summary>The source text of cell <paramref name="index"/> (a string, or the list of lines joined).</summary>
    public string Source(int index) => Text(Cells[index]!["source"]);

    /// <summary>The outputs of cell <paramref name="index"/> (empty when it has none).</summary>
    public JsonArray Outputs(int index) => Cells[index]!["outputs"] as JsonArray ?? [];

    /// <summary>
    /// The notebook as indented JSON, as Jupyter writes it, except that JSON MIME data (a chart's Plotly figure) is
    /// written on one line: indented, a figure's template alone would take a thousand lines per chart.
    /// </summary>
    public string ToJson()
    {
        var copy = (JsonObject)Root.DeepClone();
        var compact = new List<(string Marker, string Json)>();
        foreach (var data in ((JsonArray)copy["cells"]!).SelectMany(c => c!["outputs"] as JsonArray ?? []).Select(o => o?["data"]).OfType<JsonObject>())
            foreach (string mimeType in data.Select(p => p.Key).Where(IsJson).ToList())
            {
                string marker = $"json-mime-data-{Guid.NewGuid():N}";
                compact.Add((marker, data[mimeType]!.ToJsonString(_compactOptions)));
                data[mimeType] = marker;
            }
        var text = new System.Text.StringBuilder(copy.ToJsonString(_writeOptions));
        foreach (var (marker, json) in compact) text.Replace($"\"{marker}\"", json);
        return text.Append('\n').ToString();
    }

    /// <summary>
    /// Gives every cell without one an <c>id</c> (required from nbformat 4.5): <c>cell-N</c> for the N-th
    /// cell, so ids are stable across runs; ids already present are kept. Declares format 4.5 at least,
    /// the first that allows ids.
    /// </summary>
    public void EnsureCellIds()
    {
        if (((int?)Root["nbformat_minor"] ?? 0) < 5) Root["nbformat_minor"] = 5;
        var taken = Cells.Select(c => (string?)c!["id"]).OfType<string>().ToHashSet();
        for (int i = 0; i < Cells.Count; i++)
        {
            if (Cells[i]!["id"] is not null) continue;
            int n = i + 1;
            while (taken.Contains($"cell-{n}")) n += Cells.Count;
            Cells[i]!["id"] = $"cell-{n}";
            taken.Add($"cell-{n}");
        }
    }

    /// <summary>
    /// Turns every output's JSON MIME data (<c>application/json</c>, <c>application/…+json</c>) that the kernel
    /// wrote as text into the JSON it holds, as nbformat stores such data and as renderers read it (Plotly's
    /// renderer draws an object, not a string). Returns this notebook.
    /// </summary>
    /// <exception cref="InvalidDataException">Such data are not valid JSON (named by cell and MIME type).</exception>
    public NotebookDocument ParseJsonData()
    {
        for (int i = 0; i < Cells.Count; i++)
            foreach (var output in Outputs(i))
            {
                if (output?["data"] is not JsonObject data) continue;
                foreach (string mimeType in data.Select(p => p.Key).Where(IsJson).ToList())
                {
                    if (data[mimeType] is JsonObject) continue;
                    try { data[mimeType] = JsonNode.Parse(Text(data[mimeType])); }
                    catch (JsonException e) { throw new InvalidDataException($"cell {i + 1}: its {mimeType} output is not JSON: {e.Message}", e); }
                }
            }
        return this;
    }

    private static bool IsJson(string mimeType) =>
        mimeType.StartsWith("application/", StringComparison.Ordinal) && (mimeType.EndsWith("/json", StringComparison.Ordinal) || mimeType.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>A deep copy that can be changed without touching this one.</summary>
    public NotebookDocument Clone()
    {
        var root = (JsonObject)Root.DeepClone();
        return new NotebookDocument(root, (JsonArray)root["cells"]!);
    }

    /// <summary>Jupyter's multi-line strings: either a string or an array of strings to concatenate.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };
}
