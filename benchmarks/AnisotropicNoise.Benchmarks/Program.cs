using AnisotropicNoise.Benchmarks;

// Each benchmark prints its own figures; name some to run only those.
IBenchmark[] benchmarks =
[
    new CurvatureBenchmark(),
    new NetworkBenchmark(),
    new Toy2DBenchmark(),
    new OneHiddenLayerBenchmark(),
    new FashionMnistBenchmark(),
    new StaticExportBenchmark(),
    new VggBenchmark(),
];

var chosen = args.Length == 0 ? benchmarks : benchmarks.Where(b => args.Contains(b.Name)).ToArray();
if (chosen.Length == 0)
{
    Console.Error.WriteLine($"unknown benchmark; choose from: {string.Join(", ", benchmarks.Select(b => b.Name))}");
    return 2;
}
foreach (var benchmark in chosen)
{
    Console.WriteLine($"== {benchmark.Name}");
    benchmark.Run(Console.Out);
}
return 0;
