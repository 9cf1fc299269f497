namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// The buffers of one block's passes through a <see cref="BatchedNetwork"/>, each <c>size × MaxBatch</c>: the block's
/// inputs, each layer's output, the loss gradient with respect to it and the R-derivatives of both, the layers'
/// scratch, and the block's single-precision weight gradient. One workspace serves one thread at a time.
/// </summary>
internal sealed class BatchedWorkspace
{
    public BatchedWorkspace(int inputSize, IReadOnlyList<int> outputSizes, IReadOnlyList<BatchedLayer> layers, int parameters, int classes)
    {
        int batch = BatchedNetwork.MaxBatch;
        Input = new float[inputSize * batch];
        Outputs = outputSizes.Select(s => new float[s * batch]).ToArray();
        OutputGradients = outputSizes.Select(s => new float[s * batch]).ToArray();
        ROutputs = outputSizes.Select(s => new float[s * batch]).ToArray();
        ROutputGradients = outputSizes.Select(s => new float[s * batch]).ToArray();
        Scratch = layers.Select(l => l.CreateScratch(batch)).ToArray();
        WeightGradient = new float[parameters];
        Column = new double[classes];
        ColumnDerivative = new double[classes];
        RColumn = new double[classes];
        Bytes = sizeof(float) * (Input.LongLength + 4 * Outputs.Sum(o => o.LongLength) + WeightGradient.LongLength)
                + Scratch.Sum(s => s?.Bytes ?? 0) + sizeof(double) * 3L * classes;
    }

    /// <summary>The memory the workspace takes.</summary>
    public long Bytes { get; }

    public float[] Input { get; }
    public float[][] Outputs { get; }
    public float[][] OutputGradients { get; }
    public float[][] ROutputs { get; }
    public float[][] ROutputGradients { get; }
    public BatchedScratch?[] Scratch { get; }

    /// <summary>The block's weight gradient (or its R-derivative) before it is added, in double precision, to the caller's sum.</summary>
    public float[] WeightGradient { get; }

    /// <summary>One example's network outputs, its loss gradient and R-derivative, for the loss head (double precision).</summary>
    public double[] Column { get; }
    public double[] ColumnDerivative { get; }
    public double[] RColumn { get; }
}
