namespace AnisotropicNoise.Cli.Notebooks;

/// <summary>What <see cref="NotebookRunner.RunInPlace"/> did with one notebook.</summary>
/// <param name="Run">The execution.</param>
/// <param name="FigureFiles">How many figure files the notebook's figures folder holds now (0 when nothing was saved).</param>
/// <param name="WithoutImage">The charts that changed and got no static image, for want of a browser.</param>
/// <param name="Saved">Whether the notebook and its figures were written.</param>
internal sealed record InPlaceRun(NotebookRun Run, int FigureFiles, IReadOnlyList<string> WithoutImage, bool Saved);
