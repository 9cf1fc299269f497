using System.Runtime.InteropServices;
using AnisotropicNoise.Data;

namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// The passes that Hessian-vector products over a fixed list of examples share, kept block by block at the last weights
/// asked for: a run of products at one point (Lanczos, power iteration, a block of probes) computes each block's forward
/// and backward passes once (<see cref="BatchedNetwork.PrepareHessianVectors"/>), and every product after the first costs
/// only its R-passes. The results are the bits of recomputing those passes for each product. One caller holds the blocks at
/// a time (<see cref="TryTake"/>; others compute without them), and nothing is kept when a workspace for every block would
/// take more than <see cref="MaxBytes"/>.
/// </summary>
internal sealed class PreparedBlocks(BatchedNetwork network, int blocks)
{
    /// <summary>The most memory the kept workspaces may take.</summary>
    public const long MaxBytes = 1L << 30;

    private readonly BatchedWorkspace?[] _workspaces = new BatchedWorkspace?[blocks];
    private readonly bool[] _prepared = new bool[blocks];
    private float[]? _weights;
    private bool? _fits;
    private int _taken;

    /// <summary>Takes the blocks for products at <paramref name="w"/>; false when another caller holds them or they would not fit.</summary>
    public bool TryTake(float[] w)
    {
        if (Interlocked.Exchange(ref _taken, 1) == 1) return false;
        _fits ??= (_workspaces[0] = network.NewWorkspace()).Bytes * blocks <= MaxBytes;
        if (_fits == false)
        {
            Release();
            return false;
        }
        if (_weights is null || !MemoryMarshal.AsBytes(w.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(_weights.AsSpan())))
        {
            _weights = (float[])w.Clone();
            Array.Clear(_prepared);
        }
        return true;
    }

    public void Release() => Volatile.Write(ref _taken, 0);

    /// <summary>The workspace of block <paramref name="block"/> (its examples <paramref name="examples"/>), prepared at the taken weights.</summary>
    public BatchedWorkspace Prepared(int block, LabeledExamples data, ReadOnlySpan<int> examples)
    {
        var ws = _workspaces[block] ??= network.NewWorkspace();
        if (!_prepared[block])
        {
            network.PrepareHessianVectors(_weights, data, examples, ws);
            _prepared[block] = true;
        }
        return ws;
    }
}
