namespace AnisotropicNoise.Benchmarks;

/// <summary>A benchmark that measures and prints figures (times, ratios); it asserts nothing.</summary>
internal interface IBenchmark
{
    string Name { get; }
    void Run(TextWriter output);
}
