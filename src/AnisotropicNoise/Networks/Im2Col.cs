using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Unfolds the patches of a valid convolution into a matrix and folds it back. Row
/// <c>(c·k + ky)·k + kx</c>, column <c>oy·Wo + ox</c> of the patch matrix holds
/// <c>x[c, oy + ky, ox + kx]</c>, so each (row, oy) run is one contiguous stretch of the input.
/// The runs are short (8 values in the paper's second convolution), so they are moved with inline
/// vector loads and stores rather than calls.
/// </summary>
internal static class Im2Col
{
    /// <summary>Writes the <c>(C·k·k) × (Ho·Wo)</c> patch matrix of <paramref name="x"/>.</summary>
    public static void Unfold(ReadOnlySpan<double> x, ImageShape input, int k, Span<double> columns) =>
        Runs(ref MemoryMarshal.GetReference(x), input, k, ref MemoryMarshal.GetReference(columns), fold: false);

    /// <summary>Overwrites <paramref name="x"/> with the sum of the patch-matrix entries that map to each input position.</summary>
    public static void Fold(ReadOnlySpan<double> columns, ImageShape input, int k, Span<double> x)
    {
        x.Clear();
        Runs(ref MemoryMarshal.GetReference(x), input, k, ref MemoryMarshal.GetReference(columns), fold: true);
    }

    /// <summary>Visits every (row, oy) run: copies image → matrix, or adds matrix → image when folding.</summary>
    private static void Runs(ref double image, ImageShape input, int k, ref double matrix, bool fold)
    {
        int ho = input.Height - k + 1, wo = input.Width - k + 1, w = Vector<double>.Count;
        int m = 0;
        for (int c = 0; c < input.Channels; c++)
            for (int ky = 0; ky < k; ky++)
                for (int kx = 0; kx < k; kx++)
                    for (int oy = 0; oy < ho; oy++, m += wo)
                    {
                        ref double run = ref Unsafe.Add(ref image, (c * input.Height + oy + ky) * input.Width + kx);
                        ref double row = ref Unsafe.Add(ref matrix, m);
                        int j = 0;
                        for (; j + w <= wo; j += w)
                        {
                            if (fold) (Vector.LoadUnsafe(ref run, (nuint)j) + Vector.LoadUnsafe(ref row, (nuint)j)).StoreUnsafe(ref run, (nuint)j);
                            else Vector.LoadUnsafe(ref run, (nuint)j).StoreUnsafe(ref row, (nuint)j);
                        }
                        for (; j < wo; j++)
                        {
                            if (fold) Unsafe.Add(ref run, j) += Unsafe.Add(ref row, j);
                            else Unsafe.Add(ref row, j) = Unsafe.Add(ref run, j);
                        }
                    }
    }
}
