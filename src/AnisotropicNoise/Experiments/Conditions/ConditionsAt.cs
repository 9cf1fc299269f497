using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Conditions;

/// <summary>Proposition 2's two conditions, and its bound beside the measured ratio, at one point of a run.</summary>
/// <param name="Dynamic">The run's dynamic (the sharp minimum itself is iteration 0 of every run).</param>
/// <param name="Iteration">Iterations from the sharp minimum.</param>
/// <param name="Dimension">The number of parameters <c>D</c>.</param>
/// <param name="TopEigenvalues">The Hessian's largest eigenvalues, decreasing.</param>
/// <param name="TraceH"><c>Tr H</c> (Hutchinson), with its standard error.</param>
/// <param name="BulkEdge">The eigenvalue below which <see cref="ConditionsSettings.BulkQuantile"/> of the spectrum lies (the density's quantile), with its standard error over the density's probes.</param>
/// <param name="SmallestEigenvalue">The most negative end of the spectrum: each density probe's lowest Ritz value (converged for an extreme eigenvalue), the mean over probes with its standard error.</param>
/// <param name="K">Condition 1's <c>k</c>: the number of outliers that makes the bound largest (among the Lanczos eigenvalues' ranks and the density's quantiles at 0.5–10 % of the spectrum).</param>
/// <param name="D">Condition 1's exponent at that <c>k</c>, <c>d_k = ln(λ₁/λ_{k+1}) / ln D</c>.</param>
/// <param name="Structures">Each noise's alignment (condition 2), bound and measured ratio.</param>
/// <param name="Stability">The linear stability along <c>u₁</c> of GD's and SGD's steps at the experiment's learning rate.</param>
/// <param name="Density">The spectral density (stochastic Lanczos quadrature).</param>
/// <param name="Proportionality">How nearly the per-example gradient covariance (<see cref="Prop2Conditions.PerExample"/>), SGD's <c>Σ̂</c> and <c>Σ̂</c> at m = 100 are <c>c H / m</c> in <c>H</c>'s top eigenspace.</param>
public sealed record ConditionsAt(
    string Dynamic, int Iteration, int Dimension, IReadOnlyList<double> TopEigenvalues, Estimate TraceH, Estimate BulkEdge, Estimate SmallestEigenvalue,
    int K, double D, IReadOnlyList<NoiseAlignment> Structures, LinearStability Stability, SpectralDensity Density,
    IReadOnlyList<(string Noise, HessianProportionality Value)> Proportionality);
