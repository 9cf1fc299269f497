namespace AnisotropicNoise.Plotting.Export;

/// <summary>
/// Rewrites a PNG as indexed colour with at most <see cref="MaxColours"/> colours: exact when the picture has no more
/// (a chart's flat fills and text usually do not), otherwise by median cut over the picture's colours weighted by
/// their pixel counts, each colour mapped to its nearest palette entry. A chart's PNG shrinks about four-fold, which
/// keeps a saved notebook with many charts small. Deterministic: the same picture gives the same bytes.
/// </summary>
public static class PalettePng
{
    /// <summary>The most colours an 8-bit palette holds.</summary>
    public const int MaxColours = 256;

    /// <summary>The PNG <paramref name="png"/> as an indexed-colour PNG.</summary>
    /// <exception cref="InvalidDataException"><paramref name="png"/> is not a PNG this package reads (see <see cref="PngImage.Decode"/>).</exception>
    public static byte[] Reduce(byte[] png) => Encode(PngImage.Decode(png));

    /// <summary><paramref name="image"/> as an indexed-colour PNG.</summary>
    public static byte[] Encode(PngImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        int pixels = image.Width * image.Height;
        var counts = new Dictionary<uint, int>();
        for (int i = 0; i < pixels; i++)
        {
            uint pixel = image.Pixel(i % image.Width, i / image.Width);
            counts[pixel] = counts.GetValueOrDefault(pixel) + 1;
        }
        var colours = counts.OrderBy(pair => pair.Key).Select(pair => (Colour: pair.Key, Count: pair.Value)).ToArray();
        var palette = colours.Length <= MaxColours ? colours.Select(c => c.Colour).ToList() : MedianCut(colours);
        var entry = colours.ToDictionary(c => c.Colour, c => Nearest(palette, c.Colour));
        var indices = new byte[pixels];
        for (int i = 0; i < pixels; i++) indices[i] = entry[image.Pixel(i % image.Width, i / image.Width)];
        return PngImage.EncodeIndexed(image.Width, image.Height, indices, palette);
    }

    private static List<uint> MedianCut((uint Colour, int Count)[] colours)
    {
        var boxes = new List<ArraySegment<(uint Colour, int Count)>> { colours };
        while (boxes.Count < MaxColours)
        {
            // Split the box whose widest channel spans most, weighted by its pixels: populated spreads get entries first.
            int best = -1, shift = 0;
            long bestScore = 0;
            for (int b = 0; b < boxes.Count; b++)
            {
                if (boxes[b].Count < 2) continue;
                var spread = Spread(boxes[b]);
                long score = (long)spread.Range * Pixels(boxes[b]);
                if (score > bestScore) (best, bestScore, shift) = (b, score, spread.Shift);
            }
            if (best < 0) break;
            var box = boxes[best];
            var sorted = box.OrderBy(c => (c.Colour >> shift) & 0xFF).ThenBy(c => c.Colour).ToArray();
            long half = Pixels(sorted) / 2, seen = 0;
            int split = 1;
            while (split < sorted.Length - 1 && seen + sorted[split - 1].Count < half) seen += sorted[split++ - 1].Count;
            boxes[best] = new ArraySegment<(uint, int)>(sorted, 0, split);
            boxes.Add(new ArraySegment<(uint, int)>(sorted, split, sorted.Length - split));
        }
        return boxes.Select(Mean).ToList();
    }

    private static (int Range, int Shift) Spread(IReadOnlyCollection<(uint Colour, int Count)> box)
    {
        var widest = (Range: -1, Shift: 0);
        foreach (int shift in new[] { 24, 16, 8, 0 })
        {
            int low = 255, high = 0;
            foreach (var (colour, _) in box)
            {
                int channel = (int)((colour >> shift) & 0xFF);
                low = Math.Min(low, channel);
                high = Math.Max(high, channel);
            }
            if (high - low > widest.Range) widest = (high - low, shift);
        }
        return widest;
    }

    private static long Pixels(IEnumerable<(uint Colour, int Count)> box) => box.Sum(c => (long)c.Count);

    private static uint Mean(ArraySegment<(uint Colour, int Count)> box)
    {
        long total = Pixels(box);
        uint mean = 0;
        foreach (int shift in new[] { 24, 16, 8, 0 })
        {
            long sum = box.Sum(c => (long)((c.Colour >> shift) & 0xFF) * c.Count);
            mean |= (uint)((sum + total / 2) / total) << shift;
        }
        return mean;
    }

    private static byte Nearest(List<uint> palette, uint colour)
    {
        int best = 0;
        long bestDistance = long.MaxValue;
        for (int p = 0; p < palette.Count; p++)
        {
            long distance = 0;
            for (int shift = 0; shift < 32; shift += 8)
            {
                long d = (long)((palette[p] >> shift) & 0xFF) - ((colour >> shift) & 0xFF);
                distance += d * d;
            }
            if (distance < bestDistance) (best, bestDistance) = (p, distance);
        }
        return (byte)best;
    }
}
