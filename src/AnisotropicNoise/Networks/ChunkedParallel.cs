using System.Buffers;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Runs work over examples <c>[0, count)</c> in chunks, in parallel, each chunk into its own
/// accumulator, then adds the accumulators in chunk order. The chunks depend only on the count and
/// the order is fixed, so the bits of the result do not depend on the thread count.
/// </summary>
internal static class ChunkedParallel
{
    /// <summary>The most examples per chunk: enough work to amortise scheduling and the reduction.</summary>
    public const int MaxChunkSize = 16;

    /// <summary>At least this many chunks when there are enough examples, so a minibatch (say 20) still spreads over the cores.</summary>
    public const int MinChunks = 8;

    /// <summary>The chunk size for <paramref name="count"/> examples: a function of the count alone.</summary>
    public static int ChunkSize(int count) => Math.Clamp((count + MinChunks - 1) / MinChunks, 1, MaxChunkSize);

    /// <summary>Processes examples <c>[start, end)</c>, adding into <paramref name="accumulator"/>, and returns a scalar to be summed.</summary>
    public delegate double ChunkBody<in TWorkspace>(int start, int end, Span<double> accumulator, TWorkspace workspace);

    /// <summary>
    /// Overwrites <paramref name="result"/> with the sum of the chunks' accumulators (each of
    /// <c>result.Length</c>, starting at zero) and returns the sum of the chunks' scalars. Chunks hold
    /// <paramref name="chunkSize"/> examples, or <see cref="ChunkSize"/>'s number when it is 0; either way
    /// a function of the count alone.
    /// </summary>
    public static double Sum(Sequential network, int count, Span<double> result, int maxDegreeOfParallelism, ChunkBody<NetworkWorkspace> body,
        int chunkSize = 0) =>
        Sum(network.RentWorkspace, network.ReturnWorkspace, count, result, maxDegreeOfParallelism, body, chunkSize);

    /// <summary><see cref="Sum(Sequential, int, Span{double}, int, ChunkBody{NetworkWorkspace}, int)"/> with workspaces from <paramref name="rent"/>, given back to <paramref name="giveBack"/>.</summary>
    public static double Sum<TWorkspace>(Func<TWorkspace> rent, Action<TWorkspace> giveBack, int count, Span<double> result,
        int maxDegreeOfParallelism, ChunkBody<TWorkspace> body, int chunkSize = 0)
    {
        int size = chunkSize > 0 ? chunkSize : ChunkSize(count), chunks = (count + size - 1) / size, length = result.Length;
        double[] accumulators = ArrayPool<double>.Shared.Rent(Math.Max(1, chunks * length));
        double[] scalars = new double[chunks];
        try
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
            {
                var accumulator = accumulators.AsSpan(chunk * length, length);
                accumulator.Clear();
                var workspace = rent();
                try
                {
                    scalars[chunk] = body(chunk * size, Math.Min(count, (chunk + 1) * size), accumulator, workspace);
                }
                finally
                {
                    giveBack(workspace);
                }
            });
            result.Clear();
            double total = 0;
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                VectorKernels.Add(accumulators.AsSpan(chunk * length, length), result);
                total += scalars[chunk];
            }
            return total;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(accumulators);
        }
    }
}
