namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>Which setting an escape-scaling sweep varies.</summary>
public enum EscapeSweep
{
    /// <summary>The batch size <c>B</c> at a fixed learning rate: <c>B/η</c> varies, the curvature stays.</summary>
    BatchOverStep,

    /// <summary>The curvature <c>H_a</c> of the minimum at fixed <c>η</c> and <c>B</c>.</summary>
    Curvature,

    /// <summary>The learning rate <c>η</c> with <c>B</c> proportional to it: <c>B/η</c> (the diffusion's temperature) stays, the discretisation grows.</summary>
    Step,
}
