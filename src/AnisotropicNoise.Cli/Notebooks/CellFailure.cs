namespace AnisotropicNoise.Cli.Notebooks;

/// <summary>A notebook cell that failed: its 1-based number among all cells, its first source line and why.</summary>
internal sealed record CellFailure(int Cell, string FirstLine, string Message)
{
    /// <summary>"cell 3 (`var x = …`): message".</summary>
    public override string ToString() => Cell == 0 ? Message : $"cell {Cell} (`{FirstLine}`): {Message}";
}
