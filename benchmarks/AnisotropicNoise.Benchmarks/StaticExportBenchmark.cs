using System.Diagnostics;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Plotting;
using AnisotropicNoise.Plotting.Export;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Benchmarks;

/// <summary>Figure export cost: offline HTML, and PNG + SVG through headless Chromium, for small and large scatter charts.</summary>
internal sealed class StaticExportBenchmark : IBenchmark
{
    public string Name => "static-export";

    public void Run(TextWriter output)
    {
        string? browser = Chromium.Find();
        output.WriteLine($"browser: {browser ?? "none (only HTML is measured)"}");
        foreach (int points in new[] { 10, 2_000, 20_000 })
        {
            var samples = NoiseSamples.Draw(new IsotropicGaussian(2, 1), points, new RandomStream(1));
            var chart = NoiseCharts.SampleClouds([("cloud", samples)]);
            var clock = Stopwatch.StartNew();
            string html = ChartHtml.Document(chart, "benchmark");
            double htmlSeconds = clock.Elapsed.TotalSeconds;
            if (browser is null)
            {
                output.WriteLine($"{points,7} points: html {htmlSeconds:0.000} s ({html.Length / 1e6:0.00} MB)");
                continue;
            }
            var renders = new List<double>();
            StaticImages? images = null;
            for (int i = 0; i < 3; i++)
            {
                clock.Restart();
                images = StaticRenderer.Render(chart, browser);
                renders.Add(clock.Elapsed.TotalSeconds);
            }
            output.WriteLine($"{points,7} points: html {htmlSeconds:0.000} s ({html.Length / 1e6:0.00} MB); " +
                             $"png+svg fastest of 3 {renders.Min():0.00} s, median {renders.Order().ElementAt(1):0.00} s " +
                             $"(png {images!.Png.Length / 1e3:0} kB, svg {(images.Svg?.Length ?? 0) / 1e3:0} kB)");
        }
    }
}
