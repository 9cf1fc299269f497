namespace AnisotropicNoise.Networks;

/// <summary>The shape of one example's feature maps, stored channel-major (<c>C × H × W</c>).</summary>
public readonly record struct ImageShape(int Channels, int Height, int Width)
{
    /// <summary>The number of values, <c>C·H·W</c>.</summary>
    public int Size => Channels * Height * Width;

    /// <summary>Checks that every extent is at least one; <paramref name="name"/> names the argument.</summary>
    internal ImageShape Validated(string name)
    {
        if (Channels < 1 || Height < 1 || Width < 1)
            throw new ArgumentOutOfRangeException(name, this, $"{name} must have channels, height and width ≥ 1.");
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Channels}×{Height}×{Width}";
}
