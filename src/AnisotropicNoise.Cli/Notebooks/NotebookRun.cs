namespace AnisotropicNoise.Cli.Notebooks;

/// <summary>The result of executing one notebook headless: the executed notebook, the time taken and any failures.</summary>
internal sealed record NotebookRun(string Notebook, TimeSpan Elapsed, NotebookDocument? Executed, IReadOnlyList<CellFailure> Failures)
{
    /// <summary>True when every code cell ran and none produced an error.</summary>
    public bool Succeeded => Failures.Count == 0 && Executed is not null;

    /// <summary>A report naming the notebook and each failing cell.</summary>
    public string Describe() => Succeeded
        ? FormattableString.Invariant($"{Path.GetFileName(Notebook)}: ok ({Elapsed.TotalSeconds:0.0} s)")
        : FormattableString.Invariant($"{Path.GetFileName(Notebook)}: FAILED ({Elapsed.TotalSeconds:0.0} s)\n  {string.Join("\n  ", Failures)}");
}
