namespace AnisotropicNoise.Randomness;

/// <summary>Minibatches of example indices, drawn uniformly from <c>[0, count)</c>, with replacement or without.</summary>
public static class MinibatchIndices
{
    /// <summary>Draws one minibatch of indices from <c>[0, <paramref name="count"/>)</c> into <paramref name="batch"/>.</summary>
    /// <exception cref="ArgumentException">Without replacement, the minibatch is larger than <paramref name="count"/>.</exception>
    public static void Draw(int count, RandomStream random, Span<int> batch, bool withReplacement)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (withReplacement)
        {
            for (int i = 0; i < batch.Length; i++) batch[i] = random.NextInt(count);
            return;
        }
        if (batch.Length > count)
            throw new ArgumentException($"batchSize {batch.Length} exceeds the {count} examples; draw with replacement instead.", nameof(batch));
        // Floyd's algorithm: a uniform subset of size m in O(m) draws without an O(N) buffer.
        var chosen = new HashSet<int>();
        int k = 0;
        for (int j = count - batch.Length; j < count; j++)
        {
            int t = random.NextInt(j + 1);
            int pick = chosen.Add(t) ? t : j;
            if (pick == j) chosen.Add(j);
            batch[k++] = pick;
        }
    }
}
