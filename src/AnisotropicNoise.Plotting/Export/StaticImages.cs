namespace AnisotropicNoise.Plotting.Export;

/// <summary>A chart rendered to static images.</summary>
/// <param name="Png">The PNG file's bytes (rendered at 1.5 times the layout size, 256 colours).</param>
/// <param name="Svg">The SVG document; null for images taken from saved figures, whose SVG is not kept in the repository.</param>
public sealed record StaticImages(byte[] Png, string? Svg);
