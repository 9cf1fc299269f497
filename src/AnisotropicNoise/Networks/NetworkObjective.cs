using AnisotropicNoise.Data;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Networks.Batched;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Networks;

/// <summary>
/// The mean loss of a network over a dataset, <c>L(θ) = (1/N) Σ_i ℓ(x_i, y_i; θ)</c>, as the
/// objective the dynamics, noise models and indicators use: loss, full-batch, minibatch and
/// per-example gradients, exact Hessian-vector products (R-operator) and, for small nets, the
/// dense Hessian. Work runs on both cores in fixed chunks, bit-identical whatever the thread count. In
/// <see cref="NetworkPrecision.Single"/> the network runs in single precision over blocks of examples
/// (θ and the directions are rounded to <c>float</c> at the boundary; results come back in double).
/// </summary>
public sealed unsafe class NetworkObjective : IFiniteSumObjective, IBlockHessianVectorProduct, IDenseHessian
{
    private readonly BatchedNetwork? _batched;
    private readonly PreparedBlocks? _prepared;
    private readonly int[] _all;

    /// <summary>
    /// Binds <paramref name="network"/> to <paramref name="data"/>; -1 for <paramref name="maxDegreeOfParallelism"/> means
    /// every core; <paramref name="precision"/> is the precision the network computes in.
    /// </summary>
    /// <exception cref="NotSupportedException"><paramref name="precision"/> is single and a layer has no single-precision form.</exception>
    public NetworkObjective(Sequential network, LabeledExamples data, int maxDegreeOfParallelism = -1,
        NetworkPrecision precision = NetworkPrecision.Double)
    {
        Network = network ?? throw new ArgumentNullException(nameof(network));
        Data = data ?? throw new ArgumentNullException(nameof(data));
        if (data.FeatureCount != network.InputSize)
            throw new ArgumentException($"data has {data.FeatureCount} features per example but the network takes {network.InputSize}.", nameof(data));
        if (data.ClassCount > network.Loss.ClassCount)
            throw new ArgumentException($"data has {data.ClassCount} classes but the loss ({network.Loss}) handles {network.Loss.ClassCount}.", nameof(data));
        if (data.Count == 0) throw new ArgumentException("data must hold at least one example.", nameof(data));
        MaxDegreeOfParallelism = Guard.Parallelism(maxDegreeOfParallelism, nameof(maxDegreeOfParallelism));
        if (!Enum.IsDefined(precision)) throw new ArgumentOutOfRangeException(nameof(precision), precision, "precision must be Double or Single.");
        Precision = precision;
        _batched = precision == NetworkPrecision.Single ? new BatchedNetwork(network) : null;
        _all = [.. Enumerable.Range(0, data.Count)];
        if (_batched is not null) _prepared = new PreparedBlocks(_batched, (data.Count + BatchedNetwork.MaxBatch - 1) / BatchedNetwork.MaxBatch);
    }

    /// <summary>The precision the network computes in.</summary>
    public NetworkPrecision Precision { get; }

    /// <summary>The network.</summary>
    public Sequential Network { get; }

    /// <summary>The examples the loss averages over.</summary>
    public LabeledExamples Data { get; }

    /// <summary>The most threads one call uses (-1: every core). The results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <inheritdoc />
    public int Dimension => Network.ParameterCount;

    /// <inheritdoc />
    public int Count => Data.Count;

    /// <inheritdoc />
    public double Loss(ReadOnlySpan<double> theta)
    {
        if (_batched is null) return MeanOverExamples(theta, (t, i, ws) => Network.ExampleLoss(t, Data.Features(i), Data.Label(i), ws));
        float[] w = Narrow(theta);
        return SumOverBlocks(_all, [], MaxDegreeOfParallelism, (_, block, _, ws) => _batched.Loss(w, Data, block, ws)) / Count;
    }

    /// <summary>The fraction of examples whose label the network predicts.</summary>
    public double Accuracy(ReadOnlySpan<double> theta)
    {
        if (_batched is null) return MeanOverExamples(theta, (t, i, ws) => Network.Predict(t, Data.Features(i), ws) == Data.Label(i) ? 1 : 0);
        float[] w = Narrow(theta);
        return SumOverBlocks(_all, [], MaxDegreeOfParallelism, (_, block, _, ws) => _batched.Correct(w, Data, block, ws)) / Count;
    }

    /// <summary>A quantity of one example at θ, computed with a pooled workspace.</summary>
    private delegate double ExampleValue(ReadOnlySpan<double> theta, int example, NetworkWorkspace workspace);

    /// <summary>The mean of <paramref name="value"/> over every example, summed in fixed chunks (thread-count independent).</summary>
    private double MeanOverExamples(ReadOnlySpan<double> theta, ExampleValue value)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        fixed (double* t = theta)
        {
            var pt = new Pinned<double>(t, theta.Length);
            return ChunkedParallel.Sum(Network, Count, [], MaxDegreeOfParallelism, (start, end, _, ws) =>
            {
                double sum = 0;
                for (int i = start; i < end; i++) sum += value(pt.Span, i, ws);
                return sum;
            }) / Count;
        }
    }

    /// <inheritdoc />
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) => MeanGradient(theta, [], gradient);

    /// <inheritdoc />
    public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
    {
        if (indices.IsEmpty) throw new ArgumentException("indices must name at least one example.", nameof(indices));
        CheckIndices(indices);
        return MeanGradient(theta, indices, gradient);
    }

    /// <summary>
    /// The mean gradient of each batch, the batches computed side by side on the cores, each one
    /// exactly as <see cref="BatchGradient"/> computes it (same chunks, same order): a minibatch is too small
    /// to keep the cores busy alone.
    /// </summary>
    /// <inheritdoc />
    public void BatchGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, int batchSize, Span<double> gradients)
    {
        int batches = BatchShape.Rows(indices.Length, batchSize, gradients.Length, Dimension), d = Dimension;
        Guard.Length(theta.Length, d, nameof(theta));
        CheckIndices(indices);
        fixed (double* t = theta)
        fixed (int* ix = indices)
        fixed (double* g = gradients)
        {
            var pt = new Pinned<double>(t, theta.Length);
            var pix = new Pinned<int>(ix, indices.Length);
            var pg = new Pinned<double>(g, gradients.Length);
            Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism },
                b => MeanGradient(pt.Span, pix.Span.Slice(b * batchSize, batchSize), pg.Span.Slice(b * d, d), maxDegreeOfParallelism: 1));
        }
    }

    /// <inheritdoc />
    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        CheckIndices(indices);
        Guard.Length(gradients.Length, checked(indices.Length * Dimension), nameof(gradients));
        int d = Dimension;
        if (_batched is not null)
        {
            float[] w = Narrow(theta);
            int[] examples = indices.ToArray();
            fixed (double* g = gradients)
            {
                var pg = new Pinned<double>(g, gradients.Length);
                ChunkedParallel.Sum(_batched.Rent, _batched.Return, examples.Length, [], MaxDegreeOfParallelism, (start, end, _, ws) =>
                {
                    for (int k = start; k < end; k++)
                    {
                        var row = pg.Span.Slice(k * d, d);
                        row.Clear();
                        _batched.AddGradient(w, Data, examples.AsSpan(k, 1), row, ws);
                    }
                    return 0;
                });
            }
            return;
        }
        fixed (double* t = theta)
        fixed (int* ix = indices)
        fixed (double* g = gradients)
        {
            var pt = new Pinned<double>(t, theta.Length);
            var pix = new Pinned<int>(ix, indices.Length);
            var pg = new Pinned<double>(g, gradients.Length);
            ChunkedParallel.Sum(Network, indices.Length, [], MaxDegreeOfParallelism, (start, end, _, ws) =>
            {
                for (int k = start; k < end; k++)
                {
                    var row = pg.Span.Slice(k * d, d);
                    row.Clear();
                    int i = pix.Span[k];
                    Network.AddExampleGradient(pt.Span, Data.Features(i), Data.Label(i), row, ws);
                }
                return 0;
            });
        }
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        Guard.Length(v.Length, Dimension, nameof(v));
        Guard.Length(product.Length, Dimension, nameof(product));
        SumHessianVectorProducts(theta, v, product, chunkSize: 0);
    }

    /// <summary>
    /// Writes <c>∇²L(θ) v_b</c> for each row <c>v_b</c> of <paramref name="directions"/> (row-major,
    /// <c>B × D</c>) into the same row of <paramref name="products"/>, in one pass over the examples:
    /// each example's forward and backward passes run once for the whole block. The examples are
    /// summed in <see cref="ChunkedParallel.MinChunks"/> chunks (so the block's accumulators stay
    /// <c>8 B D</c> numbers), in another order than single products: equal to them up to rounding.
    /// </summary>
    /// <exception cref="ArgumentException">A length is wrong: the directions must be a non-empty whole number of rows of length <c>D</c>.</exception>
    public void HessianVectorProducts(ReadOnlySpan<double> theta, ReadOnlySpan<double> directions, Span<double> products)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        if (directions.IsEmpty || directions.Length % Dimension != 0)
            throw new ArgumentException($"directions has length {directions.Length}; it must be B × D for some B ≥ 1 (D = {Dimension}).", nameof(directions));
        Guard.Length(products.Length, directions.Length, nameof(products));
        SumHessianVectorProducts(theta, directions, products, chunkSize: (Count + ChunkedParallel.MinChunks - 1) / ChunkedParallel.MinChunks);
    }

    /// <summary>The mean over examples of each direction's product, in chunks of <paramref name="chunkSize"/> (0: <see cref="ChunkedParallel.ChunkSize"/>).</summary>
    private void SumHessianVectorProducts(ReadOnlySpan<double> theta, ReadOnlySpan<double> directions, Span<double> products, int chunkSize)
    {
        if (_batched is not null)
        {
            float[] w = Narrow(theta), v = Narrow(directions);
            var prepared = _prepared!;
            if (prepared.TryTake(w))
            {
                try
                {
                    SumOverBlocks(_all, products, MaxDegreeOfParallelism, (first, block, accumulator, _) =>
                    {
                        _batched.AddPreparedHessianVectors(w, v, Data, block, accumulator, prepared.Prepared(first / BatchedNetwork.MaxBatch, Data, block));
                        return 0;
                    });
                }
                finally
                {
                    prepared.Release();
                }
            }
            else
                SumOverBlocks(_all, products, MaxDegreeOfParallelism, (_, block, accumulator, ws) =>
                {
                    _batched.AddHessianVectors(w, v, Data, block, accumulator, ws);
                    return 0;
                });
            VectorKernels.Scale(1.0 / Count, products);
            return;
        }
        fixed (double* t = theta)
        fixed (double* pv = directions)
        {
            var pt = new Pinned<double>(t, theta.Length);
            var pd = new Pinned<double>(pv, directions.Length);
            ChunkedParallel.Sum(Network, Count, products, MaxDegreeOfParallelism, (start, end, accumulator, ws) =>
            {
                for (int i = start; i < end; i++)
                    Network.AddExampleHessianVectors(pt.Span, pd.Span, Data.Features(i), Data.Label(i), accumulator, ws);
                return 0;
            }, chunkSize);
        }
        VectorKernels.Scale(1.0 / Count, products);
    }

    /// <summary>
    /// The exact Hessian. With one trainable layer it is the Gauss–Newton matrix (exact: see
    /// <see cref="Sequential.HasOneTrainableLayer"/>), symmetric by construction; otherwise it is built
    /// from <c>D</c> Hessian-vector products with the unit vectors, in blocks of
    /// <see cref="Curvature.ProductBlock.MaxRows"/>, and symmetrised to remove rounding asymmetry.
    /// Either way it costs about <c>N D²</c>: for small nets.
    /// </summary>
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        if (Network.HasOneTrainableLayer) return GaussNewton(theta);
        var hessian = FromProducts(theta);
        return (hessian + hessian.Transpose()) * 0.5;
    }

    /// <summary>
    /// <c>(1/N) Σ_i J_iᵀ ∇²_z ℓ_i J_i</c>: every example's factors first, then each row of the
    /// upper triangle on its own (rows in parallel, each summed in example order: thread-count
    /// independent), skipping the zero entries of <c>J</c> (inactive units, clipped outputs).
    /// </summary>
    private Matrix<double> GaussNewton(ReadOnlySpan<double> theta)
    {
        int d = Dimension, rows = Count * Network.Loss.Outputs;
        var jacobian = new double[rows * d];
        var weighted = new double[rows * d];
        int perExample = Network.Loss.Outputs * d;
        fixed (double* t = theta)
        {
            var pt = new Pinned<double>(t, theta.Length);
            ChunkedParallel.Sum(Network, Count, [], MaxDegreeOfParallelism, (start, end, _, ws) =>
            {
                for (int i = start; i < end; i++)
                    Network.ExampleGaussNewtonFactors(pt.Span, Data.Features(i), Data.Label(i),
                        jacobian.AsSpan(i * perExample, perExample), weighted.AsSpan(i * perExample, perExample), ws);
                return 0;
            });
        }
        var hessian = new double[d * d];
        Parallel.For(0, d, new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism }, r =>
        {
            var row = hessian.AsSpan(r * d + r, d - r);
            for (int e = 0; e < rows; e++)
            {
                double a = jacobian[e * d + r];
                if (a != 0) VectorKernels.AddScaled(a, weighted.AsSpan(e * d + r, d - r), row);
            }
            VectorKernels.Scale(1.0 / Count, row);
        });
        for (int r = 0; r < d; r++)
            for (int c = r + 1; c < d; c++) hessian[c * d + r] = hessian[r * d + c];
        return Matrix<double>.Build.Dense(d, d, hessian);
    }

    private Matrix<double> FromProducts(ReadOnlySpan<double> theta)
    {
        int d = Dimension;
        var hessian = Matrix<double>.Build.Dense(d, d);
        var units = new double[Math.Min(Curvature.ProductBlock.MaxRows, d) * d];
        var columns = new double[units.Length];
        for (int first = 0; first < d; first += Curvature.ProductBlock.MaxRows)
        {
            int count = Math.Min(Curvature.ProductBlock.MaxRows, d - first);
            Array.Clear(units);
            for (int b = 0; b < count; b++) units[b * d + first + b] = 1;
            HessianVectorProducts(theta, units.AsSpan(0, count * d), columns.AsSpan(0, count * d));
            for (int b = 0; b < count; b++) hessian.SetColumn(first + b, columns.AsSpan(b * d, d).ToArray());
        }
        return hessian;
    }

    // The same chunks and order for any maxDegreeOfParallelism (ChunkedParallel), so the same bits.
    private double MeanGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient, int maxDegreeOfParallelism = 0)
    {
        Guard.Length(theta.Length, Dimension, nameof(theta));
        Guard.Length(gradient.Length, Dimension, nameof(gradient));
        int count = indices.IsEmpty ? Count : indices.Length;
        double loss;
        if (_batched is not null)
        {
            float[] w = Narrow(theta);
            loss = SumOverBlocks(indices.IsEmpty ? _all : indices.ToArray(), gradient,
                maxDegreeOfParallelism == 0 ? MaxDegreeOfParallelism : maxDegreeOfParallelism,
                (_, block, accumulator, ws) => _batched.AddGradient(w, Data, block, accumulator, ws));
            VectorKernels.Scale(1.0 / count, gradient);
            return loss / count;
        }
        fixed (double* t = theta)
        fixed (int* ix = indices)
        {
            var pt = new Pinned<double>(t, theta.Length);
            var pix = new Pinned<int>(ix, indices.Length);
            bool all = indices.IsEmpty;
            loss = ChunkedParallel.Sum(Network, count, gradient, maxDegreeOfParallelism == 0 ? MaxDegreeOfParallelism : maxDegreeOfParallelism, (start, end, accumulator, ws) =>
            {
                double sum = 0;
                for (int k = start; k < end; k++)
                {
                    int i = all ? k : pix.Span[k];
                    sum += Network.AddExampleGradient(pt.Span, Data.Features(i), Data.Label(i), accumulator, ws);
                }
                return sum;
            });
        }
        VectorKernels.Scale(1.0 / count, gradient);
        return loss / count;
    }

    /// <summary>A block's contribution to <paramref name="accumulator"/>, and a scalar to be summed, in single precision.</summary>
    /// <summary>Works on the block of examples starting at position <paramref name="first"/> of the list.</summary>
    private delegate double BlockBody(int first, ReadOnlySpan<int> block, Span<double> accumulator, BatchedWorkspace workspace);

    /// <summary>
    /// Runs <paramref name="body"/> over <paramref name="examples"/> in blocks of <see cref="BatchedNetwork.MaxBatch"/> (the
    /// widest the vectors take whole; a narrower block runs its pooling one example at a time), inside chunks of whole blocks that
    /// depend on the count alone (about twice <see cref="ChunkedParallel.MinChunks"/> where there are enough blocks, so that
    /// the cores finish together): the sums are the same whatever the thread count.
    /// </summary>
    private double SumOverBlocks(int[] examples, Span<double> result, int maxDegreeOfParallelism, BlockBody body)
    {
        const int Chunks = 2 * ChunkedParallel.MinChunks;
        const int block = BatchedNetwork.MaxBatch;
        int count = examples.Length, chunkSize = block * (((count + block - 1) / block + Chunks - 1) / Chunks);
        var batched = _batched!;
        return ChunkedParallel.Sum(batched.Rent, batched.Return, count, result, maxDegreeOfParallelism, (start, end, accumulator, ws) =>
        {
            double sum = 0;
            for (int first = start; first < end; first += block)
                sum += body(first, examples.AsSpan(first, Math.Min(block, end - first)), accumulator, ws);
            return sum;
        }, chunkSize);
    }

    private static float[] Narrow(ReadOnlySpan<double> values)
    {
        var narrow = new float[values.Length];
        FloatKernels.Narrow(values, narrow);
        return narrow;
    }

    private void CheckIndices(ReadOnlySpan<int> indices)
    {
        for (int k = 0; k < indices.Length; k++)
            if ((uint)indices[k] >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(indices), indices[k], $"indices[{k}] is {indices[k]}; indices must be in [0, {Count - 1}].");
    }
}
