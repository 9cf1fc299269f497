namespace AnisotropicNoise.Dynamics;

/// <summary>Thrown when a run's parameters stop being finite; names the dynamic and the step.</summary>
public sealed class DivergenceException : Exception
{
    /// <summary>Creates the exception for <paramref name="dynamic"/> diverging at <paramref name="step"/>.</summary>
    public DivergenceException(string dynamic, int step)
        : base($"{dynamic} diverged at step {step}: the parameters are no longer finite. Lower the learning rate or the noise.")
    {
        Dynamic = dynamic;
        Step = step;
    }

    /// <summary>The name of the dynamic that diverged.</summary>
    public string Dynamic { get; }

    /// <summary>The step at which a parameter first became NaN or infinite.</summary>
    public int Step { get; }
}
