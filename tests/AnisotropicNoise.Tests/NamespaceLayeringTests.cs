using System.Text.RegularExpressions;
using AnisotropicNoise.Cli.Notebooks;

namespace AnisotropicNoise.Tests;

/// <summary>The package's namespaces form layers: no namespace depends, directly or through others, on one that depends on it.</summary>
public sealed partial class NamespaceLayeringTests
{
    [Fact]
    public void No_namespace_of_the_package_depends_on_itself_through_others()
    {
        string source = Path.Combine(NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory), "src", "AnisotropicNoise");
        var uses = new Dictionary<string, HashSet<string>>();
        foreach (string file in Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            if (Namespace().Match(text) is not { Success: true } declared) continue;
            string own = declared.Groups[1].Value;
            var used = uses.TryGetValue(own, out var set) ? set : uses[own] = [];
            // A sub-namespace sees its parents' types without naming them; only the named ones make edges.
            foreach (Match m in Named().Matches(text))
                if (m.Groups[1].Value != own && !own.StartsWith(m.Groups[1].Value + ".", StringComparison.Ordinal)) used.Add(m.Groups[1].Value);
        }
        var cycles = uses.Keys.Select(start => Cycle(uses, start)).OfType<string>().ToList();
        Assert.True(cycles.Count == 0, "namespace cycles: " + string.Join("; ", cycles));
        Assert.Contains("AnisotropicNoise.Curvature", uses["AnisotropicNoise.Noise"]); // the layering is read, not empty
    }

    private static string? Cycle(Dictionary<string, HashSet<string>> uses, string start)
    {
        var path = new Stack<string>();
        var seen = new HashSet<string>();
        bool Visit(string node)
        {
            path.Push(node);
            foreach (string next in uses.GetValueOrDefault(node) ?? [])
                if (next == start || (seen.Add(next) && Visit(next))) return true;
            path.Pop();
            return false;
        }
        return Visit(start) ? string.Join(" → ", path.Reverse().Append(start)) : null;
    }

    [GeneratedRegex(@"^namespace (AnisotropicNoise(?:\.\w+)*);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\b(AnisotropicNoise\.(?:Curvature|Data|Dynamics|Experiments|Indicators|Landscapes|Networks|Noise|Randomness|Statistics))\b")]
    private static partial Regex Named();
}
