using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>
/// An 8-bit RGBA picture read from or written to PNG: enough of the format for the images a browser renders
/// (8-bit truecolour with or without alpha, non-interlaced) and for the indexed-colour files
/// <see cref="PalettePng"/> writes. Every chunk's CRC is checked on reading.
/// </summary>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Rgba">Four bytes per pixel, row by row.</param>
public sealed record PngImage(int Width, int Height, byte[] Rgba)
{
    private static readonly byte[] _signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>The pixel at column <paramref name="x"/>, row <paramref name="y"/> as <c>0xRRGGBBAA</c>.</summary>
    public uint Pixel(int x, int y) => BinaryPrimitives.ReadUInt32BigEndian(Rgba.AsSpan(4 * (y * Width + x), 4));

    /// <summary>Decodes a PNG file of 8-bit RGB, RGBA or indexed colour.</summary>
    /// <exception cref="InvalidDataException">Not a PNG, a bad CRC, or a kind of PNG this reader does not handle (named).</exception>
    public static PngImage Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(_signature)) throw new InvalidDataException("not a PNG file: the signature is missing.");
        int width = 0, height = 0, colourType = -1;
        byte[] palette = [], transparency = [];
        using var data = new MemoryStream();
        for (int at = 8; ;)
        {
            if (at + 12 > png.Length) throw new InvalidDataException("the PNG ends before its IEND chunk.");
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12 + length > png.Length) throw new InvalidDataException($"a PNG chunk at byte {at} runs past the end of the file.");
            string type = Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (Crc32.Of(png.AsSpan(at + 4, 4 + length)) != BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)))
                throw new InvalidDataException($"the PNG's {type} chunk has a bad CRC.");
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    colourType = body[9];
                    if (body[8] != 8 || colourType is not (2 or 3 or 6) || body[12] != 0)
                        throw new InvalidDataException($"unsupported PNG: bit depth {body[8]}, colour type {colourType}, interlace {body[12]} (8-bit RGB, RGBA or indexed, not interlaced, expected).");
                    break;
                case "PLTE": palette = body.ToArray(); break;
                case "tRNS": transparency = body.ToArray(); break;
                case "IDAT": data.Write(body); break;
                case "IEND": return new PngImage(width, height, ToRgba(Inflate(data.ToArray()), width, height, colourType, palette, transparency));
            }
            at += 12 + length;
        }
    }

    /// <summary>The picture as an 8-bit RGBA PNG (every row unfiltered).</summary>
    public byte[] Encode() => Write(Width, Height, 6, Rgba, 4 * Width, []);

    /// <summary>Writes the picture as indexed colour: <paramref name="indices"/> (one byte per pixel) into <paramref name="palette"/>.</summary>
    internal static byte[] EncodeIndexed(int width, int height, byte[] indices, IReadOnlyList<uint> palette) =>
        Write(width, height, 3, indices, width, palette);

    // Filter 0 (none) on every row: for indexed colour the right choice (indices are labels, not intensities).
    private static byte[] Write(int width, int height, byte colourType, byte[] pixels, int stride, IReadOnlyList<uint> palette)
    {
        using var file = new MemoryStream();
        file.Write(_signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colourType;
        WriteChunk(file, "IHDR", header);
        if (colourType == 3)
        {
            WriteChunk(file, "PLTE", palette.SelectMany(c => new[] { (byte)(c >> 24), (byte)(c >> 16), (byte)(c >> 8) }).ToArray());
            if (palette.Any(c => (byte)c != 255)) WriteChunk(file, "tRNS", palette.Select(c => (byte)c).ToArray());
        }
        var rows = new byte[height * (stride + 1)];
        for (int y = 0; y < height; y++) pixels.AsSpan(y * stride, stride).CopyTo(rows.AsSpan(y * (stride + 1) + 1));
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(rows);
            WriteChunk(file, "IDAT", compressed.ToArray());
        }
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    private static void WriteChunk(Stream file, string type, byte[] body)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, body.Length);
        file.Write(word);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. body];
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Of(typed));
        file.Write(word);
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    private static byte[] ToRgba(byte[] raw, int width, int height, int colourType, byte[] palette, byte[] transparency)
    {
        int channels = colourType switch { 2 => 3, 3 => 1, _ => 4 }, stride = width * channels;
        if (raw.Length != height * (stride + 1)) throw new InvalidDataException($"the PNG's image data hold {raw.Length} bytes, expected {height * (stride + 1)}.");
        var rows = Unfilter(raw, height, stride, channels);
        var rgba = new byte[4 * width * height];
        for (int i = 0; i < width * height; i++)
        {
            var pixel = rgba.AsSpan(4 * i, 4);
            switch (colourType)
            {
                case 2: rows.AsSpan(3 * i, 3).CopyTo(pixel); pixel[3] = 255; break;
                case 6: rows.AsSpan(4 * i, 4).CopyTo(pixel); break;
                default:
                    int index = rows[i];
                    if (3 * index + 3 > palette.Length) throw new InvalidDataException($"the PNG uses palette entry {index}, beyond its {palette.Length / 3} entries.");
                    palette.AsSpan(3 * index, 3).CopyTo(pixel);
                    pixel[3] = index < transparency.Length ? transparency[index] : (byte)255;
                    break;
            }
        }
        return rgba;
    }

    private static byte[] Unfilter(byte[] raw, int height, int stride, int bytesPerPixel)
    {
        var rows = new byte[height * stride];
        var none = new byte[stride];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            var source = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = rows.AsSpan(y * stride, stride);
            ReadOnlySpan<byte> above = y == 0 ? none : rows.AsSpan((y - 1) * stride, stride);
            for (int i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0, up = above[i];
                int upLeft = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
                int predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"the PNG's row {y} has filter type {filter} (0–4 exist)."),
                };
                row[i] = (byte)(source[i] + predicted);
            }
        }
        return rows;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        int estimate = left + up - upLeft;
        int toLeft = Math.Abs(estimate - left), toUp = Math.Abs(estimate - up), toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static class Crc32
    {
        private static readonly uint[] _table = Enumerable.Range(0, 256).Select(n =>
        {
            uint c = (uint)n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            return c;
        }).ToArray();

        public static uint Of(ReadOnlySpan<byte> bytes)
        {
            uint c = 0xFFFFFFFFu;
            foreach (byte b in bytes) c = _table[(c ^ b) & 0xFF] ^ (c >> 8);
            return c ^ 0xFFFFFFFFu;
        }
    }
}
