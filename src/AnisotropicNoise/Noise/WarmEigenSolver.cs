namespace AnisotropicNoise.Noise;

/// <summary>The iteration of a warm-started eigenvector solve: both start from the previous refresh's vector and stop on the same residual.</summary>
public enum WarmEigenSolver
{
    /// <summary>Power iteration, as the paper's scripts iterate (they start cold, from a random vector).</summary>
    PowerIteration,

    /// <summary>Lanczos, whose Krylov space holds the power iterate's and converges in fewer products; checked after every product.</summary>
    Lanczos,
}
