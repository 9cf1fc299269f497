using System.Buffers;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Runs work over examples <c>[0, count)</c> in fixed chunks of <see cref="ChunkSize"/>, in
/// parallel, each chunk into its own accumulator, then adds the accumulators in chunk order. The
/// chunks and the order do not depend on the thread count, so neither do the bits of the result.
/// </summary>
internal static class ChunkedParallel
{
    /// <summary>Examples per chunk: enough work to amortise scheduling, small enough to balance two cores.</summary>
    public const int ChunkSize = 16;

    /// <summary>Processes examples <c>[start, end)</c>, adding into <paramref name="accumulator"/>, and returns a scalar to be summed.</summary>
    public delegate double ChunkBody(int start, int end, Span<double> accumulator, NetworkWorkspace workspace);

    /// <summary>
    /// Overwrites <paramref name="result"/> with the sum of the chunks' accumulators (each of
    /// <c>result.Length</c>, starting at zero) and returns the sum of the chunks' scalars.
    /// </summary>
    public static double Sum(Sequential network, int count, Span<double> result, int maxDegreeOfParallelism, ChunkBody body)
    {
        int chunks = (count + ChunkSize - 1) / ChunkSize, length = result.Length;
        double[] accumulators = ArrayPool<double>.Shared.Rent(Math.Max(1, chunks * length));
        double[] scalars = new double[chunks];
        try
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
            {
                var accumulator = accumulators.AsSpan(chunk * length, length);
                accumulator.Clear();
                var workspace = network.RentWorkspace();
                try
                {
                    scalars[chunk] = body(chunk * ChunkSize, Math.Min(count, (chunk + 1) * ChunkSize), accumulator, workspace);
                }
                finally
                {
                    network.ReturnWorkspace(workspace);
                }
            });
            result.Clear();
            double total = 0;
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                MatrixKernels.Add(accumulators.AsSpan(chunk * length, length), result);
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
