namespace AnisotropicNoise.Networks;

/// <summary>The floating-point precision a <see cref="NetworkObjective"/> computes its network in.</summary>
public enum NetworkPrecision
{
    /// <summary>Every pass in double precision, one example at a time: the reference for checks.</summary>
    Double,

    /// <summary>
    /// Activations, weights and products in single precision (PyTorch's default, the authors' precision), each
    /// layer one matrix product per block of examples on the widest vectors the CPU accelerates; sums over
    /// examples (loss, gradients, products) accumulate in double.
    /// </summary>
    Single,
}
