using System.Globalization;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Indicators;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Experiments.NoiseStructures;

/// <summary>The noise structures compared at one point: the Hessian there and one entry per structure.</summary>
/// <param name="Settings">The settings it ran with.</param>
/// <param name="Hessian">The 2 × 2 Hessian <c>H</c> of the mean loss at the point.</param>
/// <param name="Structures">One entry per structure, in the order of <see cref="NoiseStructuresSettings.Structures"/>.</param>
public sealed record NoiseStructuresResult(NoiseStructuresSettings Settings, Matrix<double> Hessian, IReadOnlyList<NoiseStructure> Structures)
{
    /// <summary><c>Tr(HΣ̄)</c> of the isotropic noise of the common trace, <c>s Tr H / D</c>: what every ratio divides by.</summary>
    public double IsotropicTraceHSigma => IsotropicEquivalence.TraceHSigmaBar(Hessian.Trace(), Settings.NoiseTrace, Hessian.RowCount);

    /// <summary>One row per structure: <c>Tr Σ</c>, <c>Tr(HΣ)</c> and its ratio to the isotropic noise's.</summary>
    public ResultTable Table => new(
        [new("noise", "noise"), new("trace_sigma", "Tr Σ"), new("trace_h_sigma", "Tr(HΣ)"), new("ratio", "Tr(HΣ) / Tr(HΣ̄)")],
        Structures.Select(s => (IReadOnlyList<ResultCell>)[ResultCell.Of(s.Name), ResultCell.Of(s.TraceSigma, "G4"), ResultCell.Of(s.TraceHSigma, "G4"), ResultCell.Of(s.Ratio, "F3")]),
        string.Create(CultureInfo.InvariantCulture, $"at ({Settings.Point.X:G4}, {Settings.Point.Y:G4}); Tr(HΣ̄) = {IsotropicTraceHSigma:G4}"));
}

/// <summary>One noise structure at the point.</summary>
/// <param name="Name">The dynamic's name, as in the paper.</param>
/// <param name="Covariance">Its exact covariance <c>Σ</c> (2 × 2).</param>
/// <param name="Indicators">The exact escape indicators of <c>H</c> and <c>Σ</c>.</param>
/// <param name="Samples">Draws of the noise, one per row (<c>Draws × 2</c>).</param>
public sealed record NoiseStructure(string Name, Matrix<double> Covariance, EscapeIndicators Indicators, Matrix<double> Samples)
{
    /// <summary><c>Tr Σ</c>, the common magnitude.</summary>
    public double TraceSigma => Indicators.TraceSigma;

    /// <summary><c>Tr(HΣ)</c>, the escaping efficiency's leading coefficient (Proposition 1).</summary>
    public double TraceHSigma => Indicators.TraceHSigma.Value;

    /// <summary><c>Tr(HΣ) / Tr(HΣ̄)</c>, its gain over isotropic noise of the same trace.</summary>
    public double Ratio => Indicators.Ratio.Value;
}
