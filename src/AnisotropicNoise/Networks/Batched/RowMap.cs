namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// Where the rows of a product's factor B lie: row <c>l</c>, column <c>j</c> is
/// <c>b[Rows[l] + (j / Run)·SegmentStride + j % Run]</c>. A row-major matrix is one segment with rows <c>ldb</c> apart
/// (<see cref="Strided"/>); a band of a convolution's patch matrix, read in place from the block's input, is one segment
/// per output row of the band (<see cref="BatchedIm2Col.PatchRows"/>).
/// </summary>
internal readonly ref struct RowMap(ReadOnlySpan<int> rows, int run, int segments, int segmentStride)
{
    public ReadOnlySpan<int> Rows { get; } = rows;

    /// <summary>Columns per segment.</summary>
    public int Run { get; } = run;

    public int Segments { get; } = segments;

    /// <summary>How far apart in B two segments of a row start.</summary>
    public int SegmentStride { get; } = segmentStride;

    public int Columns => Run * Segments;

    /// <summary>Whether each segment is a whole number of vectors, so that dot products along the rows see the vectors a copy of B in one segment would.</summary>
    public bool IsVectorAligned => Segments == 1 || Run % (FloatKernels.VectorBits / 32) == 0;

    /// <summary>A row-major matrix of <paramref name="columns"/> columns with rows <paramref name="ldb"/> apart; fills <paramref name="rows"/> (one entry a row).</summary>
    public static RowMap Strided(Span<int> rows, int ldb, int columns)
    {
        for (int l = 0; l < rows.Length; l++) rows[l] = l * ldb;
        return new RowMap(rows, columns, 1, 0);
    }
}
