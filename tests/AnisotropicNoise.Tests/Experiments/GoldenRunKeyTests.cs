using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Networks;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>
/// The run keys of every preset with the saved runs' numerics (double precision; FashionMNIST: a separate full gradient
/// and warm power iteration), to the digit (stand-in data, dynamics seed 2): the saved runs and
/// checkpoints are found by these keys, so a change of the text they hash would orphan them. A new setting joins a
/// key only when it differs from the value the saved runs were made with.
/// </summary>
public class GoldenRunKeyTests
{
    public static TheoryData<string, string, string> FashionMnistKeys() => new()
    {
        { "paper", "gd-phase", "FB469BB45972F11FC1221AF7" },
        { "paper", "start", "start-1941E9C2EF79776A" },
        { "paper", "gd", "gd-seed2-05F1B1D05F196FC7" },
        { "paper", "gld-const", "gld-const-seed2-ED01EB78AD3249F4" },
        { "paper", "gld-dynamic", "gld-dynamic-seed2-BF5E137E734632A7" },
        { "paper", "gld-diag", "gld-diag-seed2-8E291F2D89BA1490" },
        { "paper", "gld-leading", "gld-leading-seed2-9EE22FAF455C517C" },
        { "paper", "gld-hessian", "gld-hessian-seed2-79426BC5DEEEEFB4" },
        { "paper", "gld-eigvec", "gld-eigvec-seed2-98EB59D3E9CBDAB2" },
        { "paper", "sgd", "sgd-seed2-8C2C10765EBD407A" },
        { "quick", "gd-phase", "FB469BB45972F11FC1221AF7" },
        { "quick", "start", "start-62B5CC1EADAD35B9" },
        { "quick", "gd", "gd-seed2-798D896E39B59321" },
        { "quick", "gld-const", "gld-const-seed2-66152D9A2CA28C3E" },
        { "quick", "gld-dynamic", "gld-dynamic-seed2-2DE2C2A8C7A34CCE" },
        { "quick", "gld-diag", "gld-diag-seed2-FC2AE0D9EC625972" },
        { "quick", "gld-leading", "gld-leading-seed2-B967A55B304822DD" },
        { "quick", "gld-hessian", "gld-hessian-seed2-EC5FEC0577DE646B" },
        { "quick", "gld-eigvec", "gld-eigvec-seed2-1D01E6308A1AEB51" },
        { "quick", "sgd", "sgd-seed2-1ED00AA745127CFB" },
        { "released", "gd-phase", "F0B1976F97AF8580E350EA45" },
        { "released", "start", "start-F027C82C5EAF891E" },
        { "released", "gd", "gd-seed2-30A21AE6CCB08813" },
        { "released", "gld-const", "gld-const-seed2-641FAD4CB84B2C04" },
        { "released", "gld-dynamic", "gld-dynamic-seed2-0F9F56BDE1DEB20A" },
        { "released", "gld-diag", "gld-diag-seed2-A21B5918AE439B53" },
        { "released", "gld-leading", "gld-leading-seed2-58031258EB66F3E1" },
        { "released", "gld-hessian", "gld-hessian-seed2-E21ECD0DC33D9840" },
        { "released", "gld-eigvec", "gld-eigvec-seed2-9058BC92E52F0B4B" },
        { "released", "sgd", "sgd-seed2-75FC986755481CAF" },
    };

    public static TheoryData<string, string, string> RegularizationKeys() => new()
    {
        { "tiny", "gd", "regularization-gd-seed2-6E75AD3C49403262" },
        { "tiny", "gld-const", "regularization-gld-const-seed2-6976AD7681D59212" },
        { "tiny", "gld-dynamic", "regularization-gld-dynamic-seed2-435E5FFF0F150F8E" },
        { "tiny", "gld-diag", "regularization-gld-diag-seed2-56C374AA40F75036" },
        { "tiny", "sgd", "regularization-sgd-seed2-2EFD8143EF554D0F" },
        { "cpu", "gd", "regularization-gd-seed2-B3D01D4F27F10165" },
        { "cpu", "gld-const", "regularization-gld-const-seed2-B289157F0D766CA1" },
        { "cpu", "gld-dynamic", "regularization-gld-dynamic-seed2-2A7BB29065740524" },
        { "cpu", "gld-diag", "regularization-gld-diag-seed2-1E167B0F22671C04" },
        { "cpu", "sgd", "regularization-sgd-seed2-BB75523B3D18F86A" },
        { "paper", "gd", "regularization-gd-seed2-07E006544986A301" },
        { "paper", "gld-const", "regularization-gld-const-seed2-96D36D03AD08B2D2" },
        { "paper", "gld-dynamic", "regularization-gld-dynamic-seed2-C6D9F1F6A2256C64" },
        { "paper", "gld-diag", "regularization-gld-diag-seed2-4213C0B3C6875D20" },
        { "paper", "sgd", "regularization-sgd-seed2-BA161E548EEAD564" },
        { "paper-svhn", "gd", "regularization-gd-seed2-07E006544986A301" },
        { "paper-svhn", "gld-const", "regularization-gld-const-seed2-96D36D03AD08B2D2" },
        { "paper-svhn", "gld-dynamic", "regularization-gld-dynamic-seed2-C6D9F1F6A2256C64" },
        { "paper-svhn", "gld-diag", "regularization-gld-diag-seed2-4213C0B3C6875D20" },
        { "paper-svhn", "sgd", "regularization-sgd-seed2-BA161E548EEAD564" },
    };

    [Theory]
    [MemberData(nameof(FashionMnistKeys))]
    public void FashionMnist_keys_are_unchanged_and_single_precision_gets_its_own(string preset, string run, string expected)
    {
        var s = Preset(preset).WithSavedRunNumerics();
        Assert.Equal(expected, Key(s, run));
        Assert.NotEqual(expected, Key(s with { Precision = NetworkPrecision.Single }, run));
    }

    [Fact]
    public void The_scripts_bias_draw_and_hessian_scale_are_departures_by_default_and_keyed_only_when_chosen()
    {
        var paper = FashionMnistSettings.Paper;
        var departures = paper.Departures().Select(d => d.Setting).ToList();
        Assert.Contains(nameof(FashionMnistSettings.BiasesFromTruncatedNormal), departures);
        Assert.Contains(nameof(FashionMnistSettings.HessianScale), departures);
        Assert.DoesNotContain(nameof(FashionMnistSettings.Iterations), departures);
        Assert.Contains(nameof(FashionMnistSettings.Iterations), FashionMnistSettings.Quick.Departures().Select(d => d.Setting));
        var scripts = paper with { BiasesFromTruncatedNormal = true, HessianScale = HessianScale.ScriptsSignedSum, EigenvectorStart = AnisotropicNoise.Noise.EigenvectorStart.Uniform };
        Assert.Contains(nameof(FashionMnistSettings.EigenvectorStart), paper.Departures().Select(d => d.Setting));
        Assert.DoesNotContain(nameof(FashionMnistSettings.EigenvectorStart), scripts.Departures().Select(d => d.Setting));
        var uniform = paper with { EigenvectorStart = AnisotropicNoise.Noise.EigenvectorStart.Uniform };
        Assert.NotEqual(Key(paper, "gld-eigvec"), Key(uniform, "gld-eigvec"));
        foreach (string run in new[] { "gd-phase", "start", "gld-hessian", "sgd" })
            Assert.Equal(Key(paper, run), Key(uniform, run));
        Assert.DoesNotContain(nameof(FashionMnistSettings.BiasesFromTruncatedNormal), scripts.Departures().Select(d => d.Setting));
        Assert.DoesNotContain(nameof(FashionMnistSettings.HessianScale), scripts.Departures().Select(d => d.Setting));
        // The bias draw changes the start, so every key; the scale changes GLD Hessian's runs only.
        Assert.NotEqual(Key(paper, "gd-phase"), Key(paper with { BiasesFromTruncatedNormal = true }, "gd-phase"));
        Assert.NotEqual(Key(paper, "gld-hessian"), Key(paper with { HessianScale = HessianScale.ScriptsSignedSum }, "gld-hessian"));
        Assert.Contains("LargestMagnitude", Assert.Throws<ArgumentException>(
            () => (paper with { HessianScale = HessianScale.ScriptsSignedSum, HessianSelection = AnisotropicNoise.Curvature.EigenSelection.Largest }).Validate()).Message);
        foreach (string run in new[] { "gd-phase", "start", "gld-dynamic", "gld-leading", "sgd" })
            Assert.Equal(Key(paper, run), Key(paper with { HessianScale = HessianScale.ScriptsSignedSum }, run));
    }

    private static string Key(FashionMnistSettings s, string run)
    {
        string gd = FashionMnistCheckpoint.Key(s, FashionMnistData.StandIn(s));
        return run switch
        {
            "gd-phase" => gd,
            "start" => FashionMnistRunStore.StartKey(s, gd),
            _ => FashionMnistRunStore.Key(s, gd, PaperDynamics.Parse(run), 2),
        };
    }

    [Theory]
    [MemberData(nameof(RegularizationKeys))]
    public void Regularization_keys_are_unchanged_and_single_precision_gets_its_own(string preset, string dynamic, string expected)
    {
        var s = preset switch
        {
            "tiny" => RegularizationSettings.Tiny,
            "cpu" => RegularizationSettings.Cpu,
            "paper" => RegularizationSettings.Paper,
            _ => RegularizationSettings.PaperSvhn,
        } with { Precision = NetworkPrecision.Double };
        Assert.Equal(expected, Regularization.Key(s, "data-key", PaperDynamics.Parse(dynamic), 2));
        Assert.NotEqual(expected, Regularization.Key(s with { Precision = NetworkPrecision.Single }, "data-key", PaperDynamics.Parse(dynamic), 2));
    }

    private static FashionMnistSettings Preset(string name) => name switch
    {
        "paper" => FashionMnistSettings.Paper,
        "quick" => FashionMnistSettings.Quick,
        _ => FashionMnistSettings.ReleasedScript,
    };
}
