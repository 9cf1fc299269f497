using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// The lane sums of several vectors at once, bit for bit those of <see cref="IFloatLanes{TV}.Sum"/>. That sum adds a
/// vector's lanes as a balanced tree in lane order, <c>((l₀ + l₁) + (l₂ + l₃)) + …</c>; here each level of the tree is
/// one <see cref="IFloatLanes{TV}.PairSums"/> of two vectors, so eight vectors take seven or eight pair sums instead of
/// eight reductions across a vector, and every sum is the same chain of additions. The result holds the sums in its
/// first lanes, in the order of the arguments.
/// </summary>
internal static class LaneSums<TL, TV> where TL : struct, IFloatLanes<TV> where TV : struct
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Of8(TV v0, TV v1, TV v2, TV v3, TV v4, TV v5, TV v6, TV v7) =>
        Finish(TL.PairSums(TL.PairSums(TL.PairSums(v0, v1), TL.PairSums(v2, v3)), TL.PairSums(TL.PairSums(v4, v5), TL.PairSums(v6, v7))), TL.Count / 8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Of4(TV v0, TV v1, TV v2, TV v3) => Finish(TL.PairSums(TL.PairSums(v0, v1), TL.PairSums(v2, v3)), TL.Count / 4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Of2(TV v0, TV v1) => Finish(TL.PairSums(v0, v1), TL.Count / 2);

    /// <summary>The last levels, where each sum still has <paramref name="partials"/> lanes side by side.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Finish(TV sums, int partials)
    {
        for (; partials > 1; partials /= 2) sums = TL.PairSums(sums, TL.Zero);
        return sums;
    }

    /// <summary><see cref="IFloatLanes{TV}.PairSums"/> lane by lane, where the CPU has no instruction for it.</summary>
    public static TV PairSumsByLane(TV a, TV b)
    {
        int w = TL.Count;
        Span<float> lanes = stackalloc float[2 * w];
        ref float first = ref MemoryMarshal.GetReference(lanes);
        TL.Store(a, ref first);
        TL.Store(b, ref Unsafe.Add(ref first, w));
        for (int i = 0; i < w; i++) lanes[i] = lanes[2 * i] + lanes[2 * i + 1];
        return TL.Load(ref first);
    }
}
