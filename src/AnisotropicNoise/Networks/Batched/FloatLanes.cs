using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// The single-precision vector operations the batched kernels use, over one vector width. The kernels are
/// generic over an implementing struct, so the JIT compiles one copy per width with no indirection; the
/// widest width the CPU accelerates is chosen at run time (<see cref="FloatKernels"/>).
/// </summary>
internal interface IFloatLanes<TV> where TV : struct
{
    static abstract int Count { get; }
    static abstract TV Zero { get; }
    static abstract TV Load(ref float source);
    static abstract void Store(TV value, ref float target);
    static abstract TV Splat(float value);
    static abstract TV MultiplyAdd(TV a, TV b, TV addend);
    static abstract TV Add(TV a, TV b);
    static abstract TV Max(TV a, TV b);
    static abstract float Sum(TV value);
    /// <summary>
    /// The sums of adjacent lane pairs, <paramref name="a"/>'s in the lower half and <paramref name="b"/>'s in the upper:
    /// one level of the tree in which <see cref="Sum"/> adds a vector's lanes (<see cref="LaneSums{TL, TV}"/>).
    /// </summary>
    static abstract TV PairSums(TV a, TV b);
    /// <summary>All bits set in the lanes where <paramref name="a"/> equals <paramref name="b"/>.</summary>
    static abstract TV EqualMask(TV a, TV b);
    /// <summary>All bits set in the lanes where <paramref name="a"/> is above zero.</summary>
    static abstract TV PositiveMask(TV a);
    static abstract TV AndNot(TV value, TV mask);
    static abstract TV Or(TV a, TV b);
    /// <summary><paramref name="value"/> where <paramref name="mask"/> is set, else zero.</summary>
    static abstract TV Keep(TV mask, TV value);
}

/// <summary>512-bit lanes: 16 floats.</summary>
internal readonly struct Lanes512 : IFloatLanes<Vector512<float>>
{
    public static int Count => Vector512<float>.Count;
    public static Vector512<float> Zero => Vector512<float>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Load(ref float source) => Vector512.LoadUnsafe(ref source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector512<float> value, ref float target) => value.StoreUnsafe(ref target);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Splat(float value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> MultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> addend) => Vector512.FusedMultiplyAdd(a, b, addend);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Add(Vector512<float> a, Vector512<float> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Max(Vector512<float> a, Vector512<float> b) => Vector512.Max(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Sum(Vector512<float> value) => Vector512.Sum(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> PairSums(Vector512<float> a, Vector512<float> b) => Avx512F.IsSupported
        ? Avx512F.PermuteVar16x32x2(a, Vector512.Create(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30), b)
          + Avx512F.PermuteVar16x32x2(a, Vector512.Create(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31), b)
        : LaneSums<Lanes512, Vector512<float>>.PairSumsByLane(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> EqualMask(Vector512<float> a, Vector512<float> b) => Vector512.Equals(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> PositiveMask(Vector512<float> a) => Vector512.GreaterThan(a, Vector512<float>.Zero);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> AndNot(Vector512<float> value, Vector512<float> mask) => Vector512.AndNot(value, mask);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Or(Vector512<float> a, Vector512<float> b) => a | b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Keep(Vector512<float> mask, Vector512<float> value) => mask & value;
}

/// <summary>256-bit lanes: 8 floats.</summary>
internal readonly struct Lanes256 : IFloatLanes<Vector256<float>>
{
    public static int Count => Vector256<float>.Count;
    public static Vector256<float> Zero => Vector256<float>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Load(ref float source) => Vector256.LoadUnsafe(ref source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector256<float> value, ref float target) => value.StoreUnsafe(ref target);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Splat(float value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> MultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> addend) => Vector256.FusedMultiplyAdd(a, b, addend);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Add(Vector256<float> a, Vector256<float> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Max(Vector256<float> a, Vector256<float> b) => Vector256.Max(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Sum(Vector256<float> value) => Vector256.Sum(value);
    // hadd pairs within each 128-bit half ([a01 a23 b01 b23 | a45 a67 b45 b67]); the permute puts a's pairs before b's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> PairSums(Vector256<float> a, Vector256<float> b) => Avx2.IsSupported
        ? Avx2.Permute4x64(Avx.HorizontalAdd(a, b).AsDouble(), 0b11_01_10_00).AsSingle()
        : LaneSums<Lanes256, Vector256<float>>.PairSumsByLane(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> EqualMask(Vector256<float> a, Vector256<float> b) => Vector256.Equals(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> PositiveMask(Vector256<float> a) => Vector256.GreaterThan(a, Vector256<float>.Zero);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> AndNot(Vector256<float> value, Vector256<float> mask) => Vector256.AndNot(value, mask);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Or(Vector256<float> a, Vector256<float> b) => a | b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Keep(Vector256<float> mask, Vector256<float> value) => mask & value;
}
