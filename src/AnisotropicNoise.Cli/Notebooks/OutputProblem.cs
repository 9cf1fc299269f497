using System.Text.Json.Nodes;

namespace AnisotropicNoise.Cli.Notebooks;

/// <summary>What makes a notebook output a failure, whichever host ran the notebook.</summary>
internal static class OutputProblem
{
    /// <summary>The message of an error output or a stderr stream, shortened; null for a normal output.</summary>
    public static string? Of(JsonNode? output) => (string?)output?["output_type"] switch
    {
        "error" => Shorten($"{(string?)output!["ename"]}: {(string?)output["evalue"]}"),
        "stream" when (string?)output!["name"] == "stderr" => Shorten("stderr: " + NotebookDocument.Text(output["text"])),
        _ => null,
    };

    private static string Shorten(string message)
    {
        string text = string.Join("\n    ", message.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).Take(6));
        return text.Length <= 1200 ? text : text[..1200] + "…";
    }
}
