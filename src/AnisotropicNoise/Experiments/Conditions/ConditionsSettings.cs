namespace AnisotropicNoise.Experiments.Conditions;

/// <summary>How Proposition 2's conditions are measured at a point of the FashionMNIST network (<see cref="Prop2Conditions"/>).</summary>
public sealed record ConditionsSettings
{
    /// <summary>How many of the Hessian's largest eigenvalues are found (Lanczos): the candidates for condition 1's outliers.</summary>
    public int TopCount { get; init; } = 20;

    /// <summary>Lanczos' most products for them.</summary>
    public int LanczosBudget { get; init; } = 120;

    /// <summary>Hutchinson probes behind <c>Tr H</c> and <c>Tr(H diag Σ̂)</c>.</summary>
    public int TraceProbes { get; init; } = 100;

    /// <summary>Random starts of the stochastic Lanczos quadrature behind the spectral density.</summary>
    public int DensityProbes { get; init; } = 3;

    /// <summary>Lanczos steps per start.</summary>
    public int DensitySteps { get; init; } = 80;

    /// <summary>The fraction of the spectrum below the bulk's edge (the edge is that quantile of the density).</summary>
    public double BulkQuantile { get; init; } = 0.99;

    /// <summary>Seeds the minibatch pass behind <c>Σ̂</c>, Lanczos' starts and the probes.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        Guard.InRange(TopCount, 2, int.MaxValue, nameof(TopCount));
        Guard.InRange(LanczosBudget, TopCount, int.MaxValue, nameof(LanczosBudget));
        Guard.InRange(TraceProbes, 2, int.MaxValue, nameof(TraceProbes));
        Guard.InRange(DensityProbes, 2, int.MaxValue, nameof(DensityProbes));
        Guard.Positive(DensitySteps, nameof(DensitySteps));
        Guard.OpenUnitInterval(BulkQuantile, nameof(BulkQuantile));
    }
}
