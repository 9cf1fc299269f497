namespace AnisotropicNoise.Noise;

/// <summary>The random vector a Hessian eigenvector solve starts from when it has no previous eigenvector to start from.</summary>
public enum EigenvectorStart
{
    /// <summary>Standard normal entries: every direction equally likely.</summary>
    Gaussian,

    /// <summary>
    /// Entries uniform on [0, 1), as the released <c>gld_1Hess.py</c> (<c>torch.rand</c>): the start leans along the all-ones
    /// direction (mean ½ per entry), so 30 power iterations converge from a different side than from a Gaussian start.
    /// </summary>
    Uniform,
}
