using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Tests.Plotting;

/// <summary>The PNG reader against an independent encoder, and the palette reduction: exact up to 256 colours, close beyond.</summary>
public sealed class PalettePngTests
{
    // 12 × 10 RGBA written by an independent Python encoder, rows filtered with types 0, 1, 2, 3, 4, 0, … in turn
    // (pixel (x, y) = ((23x + 7y) mod 256, (x² + 3y) mod 256, (5xy + 11) mod 256, 20(x + y) mod 256)); Pillow decodes it to those pixels.
    private const string EveryFilter =
        "iVBORw0KGgoAAAANSUhEUgAAAAwAAAAKCAYAAACALL/6AAABK0lEQVR42p3PL0gDcRjG8bvdn593727vtnvH7UDOjVs41BP/BEEUrph1xSAGwwWbYeVM1iGDNfNWbLYFMRvWDEaXTQaxCz4ogogWw6e9Lw9fTdNIC3SSFZOSXYe2j6q03wspv+hQMV6jwU1Go/suTZ5ymr6d0UxXBkmgWxIYYIECBwg8YKiBDw1LSsrQROFYGS4wCIQQQQwJpLAOm2JUbDvhkitseMImC1t1YVuEVSA8Fwo788JuJExtGZZjMT8W9J8LvwtAi5nyrWqn6Po7g5Pmweh84XRymfSn1xvj2V12+/K492C+Hj83nZ613OpHmb5YpyLQI3yDBQocIPCAoQY+NKJ/RLcq9iGXEIgjNhGIFbbbiI4RfYXoRIbuEqJT4fLqX9FfC+m3hU/vJ886cYi/+pgAAAAASUVORK5CYII=";

    private static uint Expected(int x, int y) =>
        (uint)((23 * x + 7 * y) % 256) << 24 | (uint)((x * x + 3 * y) % 256) << 16 | (uint)((5 * x * y + 11) % 256) << 8 | (uint)(20 * (x + y) % 256);

    [Fact]
    public void The_reader_undoes_every_row_filter_of_an_independently_written_png()
    {
        var image = PngImage.Decode(Convert.FromBase64String(EveryFilter));
        Assert.Equal((12, 10), (image.Width, image.Height));
        for (int y = 0; y < 10; y++)
            for (int x = 0; x < 12; x++)
                Assert.Equal(Expected(x, y), image.Pixel(x, y));
    }

    [Fact]
    public void A_picture_of_at_most_256_colours_is_kept_exactly_alpha_included()
    {
        var original = PngImage.Decode(Convert.FromBase64String(EveryFilter));
        byte[] reduced = PalettePng.Reduce(original.Encode());
        Assert.Equal(3, reduced[25]); // colour type: indexed
        Assert.Equal(original.Rgba, PngImage.Decode(reduced).Rgba);
    }

    [Fact]
    public void A_picture_of_4096_colours_gets_256_whose_error_is_that_of_a_16_by_16_grid()
    {
        // Every (r, g) on a 64 × 64 grid of step 4: 256 boxes of 16 colours each, ideally 4 × 4 cells of the grid,
        // whose mean is at most 6 levels from any member along each channel.
        var rgba = new byte[4 * 64 * 64];
        for (int i = 0; i < 64 * 64; i++) (rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2], rgba[4 * i + 3]) = ((byte)(4 * (i % 64)), (byte)(4 * (i / 64)), 128, 255);
        var original = new PngImage(64, 64, rgba);
        var reduced = PngImage.Decode(PalettePng.Encode(original));
        var errors = original.Rgba.Zip(reduced.Rgba, (a, b) => Math.Abs(a - b)).ToArray();
        Assert.True(errors.Max() <= 8, $"largest channel error {errors.Max()}");
        Assert.True(errors.Average() <= 2, $"mean channel error {errors.Average():F2}");
        Assert.Equal(256, Enumerable.Range(0, 64 * 64).Select(i => reduced.Pixel(i % 64, i / 64)).Distinct().Count());
    }

    [Fact]
    public void The_same_picture_gives_the_same_bytes()
    {
        var rgba = new byte[4 * 50 * 30];
        new Random(7).NextBytes(rgba);
        var picture = new PngImage(50, 30, rgba);
        Assert.Equal(PalettePng.Encode(picture), PalettePng.Encode(picture));
    }

    [Fact]
    public void A_damaged_file_is_refused_with_the_chunk_named()
    {
        byte[] png = Convert.FromBase64String(EveryFilter);
        png[45] ^= 1;
        Assert.Contains("IDAT chunk has a bad CRC", Assert.Throws<InvalidDataException>(() => PngImage.Decode(png)).Message);
        Assert.Contains("signature", Assert.Throws<InvalidDataException>(() => PngImage.Decode([1, 2, 3])).Message);
    }
}
