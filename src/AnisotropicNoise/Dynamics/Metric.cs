namespace AnisotropicNoise.Dynamics;

/// <summary>A named quantity measured at the current parameters as a run goes (loss, test accuracy, sharpness, …).</summary>
/// <param name="Name">The column name in results and CSV files.</param>
/// <param name="Evaluate">Computes the quantity from <c>θ</c>; must not modify the array.</param>
public sealed record Metric(string Name, Func<double[], double> Evaluate);
