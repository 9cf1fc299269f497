using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>
/// Joining Fig. 3 run files made in pieces: the committed eight-seed run, cut into pieces by dynamic and seed, joins back into
/// the very file; pieces that are not runs of one start with one setting are refused, naming the pieces.
/// </summary>
public sealed class FashionMnistRunFilesTests
{
    /// <summary>The committed first-fit run file, whole.</summary>
    internal static readonly string Whole = File.ReadAllText(Path.Combine(
        AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory), "results", "06-fashion-mnist", "first-fit-single-20000.csv"));

    private static readonly string[] Lines = Whole.Split('\n');
    private static readonly string[] Comments = [.. Lines.TakeWhile(l => l.StartsWith('#'))];
    private static readonly string Header = Lines[Comments.Length];
    private static readonly string[] Rows = [.. Lines.Skip(Comments.Length + 1).Where(l => l.Length > 0)];

    // The committed file's rows that pass `keep`, under its # lines with the Seeds departure a run of their seeds would write.
    private static string Piece(Func<string, int, bool> keep, Func<string, string>? edit = null)
    {
        var rows = Rows.Where(r => r.Split(',') is var f && keep(f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var seeds = rows.Select(r => r.Split(',')).Where(f => f[1] != "GD").Select(f => f[2]).Distinct().ToArray();
        var comments = Comments.Select(c => !c.StartsWith("# departure: Seeds = ", StringComparison.Ordinal) ? c
                : seeds.Length > 1 ? $"# departure: Seeds = {string.Join(',', seeds)}; scripts: one unseeded run" : null)
            .OfType<string>().Select(edit ?? (c => c));
        return string.Join('\n', [.. comments, Header, .. rows]) + "\n";
    }

    internal static readonly string GdAndSgd = Piece((d, _) => d is "GD" or "SGD");
    private static readonly string GdAndFirstGld = Piece((d, s) => d == "GD" || (d == "GLD dynamic" && s <= 4));
    internal static readonly string LaterGld = Piece((d, s) => d == "GLD dynamic" && s > 4);

    // Every other dynamic of the file, one piece each.
    private static readonly (string, string)[] Others = [.. Rows.Select(r => r.Split(',')[1]).Distinct()
        .Where(d => d is not ("GD" or "SGD" or "GLD dynamic")).Select(d => (d, Piece((dynamic, _) => dynamic == d)))];

    [Fact]
    public void Pieces_by_dynamic_and_seed_join_into_the_file_one_run_of_them_all_wrote()
    {
        Assert.Equal(Whole, FashionMnistRunFiles.Merge([("a", GdAndSgd), ("b", GdAndFirstGld), ("c", LaterGld), .. Others]));
        Assert.Equal(Whole, FashionMnistRunFiles.Merge([("a", GdAndSgd), ("b", GdAndFirstGld), ("c", LaterGld), .. Others, ("again", Whole)]));
    }

    [Fact]
    public void Dynamics_run_with_other_seeds_are_named_beside_their_seeds()
    {
        string merged = FashionMnistRunFiles.Merge([("a", GdAndSgd), ("c", LaterGld)]);
        Assert.Contains("\n# departure: Seeds = 1,2,3,4,5,6,7,8 (SGD); 5,6,7,8 (GLD dynamic); scripts: one unseeded run\n", merged);
        var table = FashionMnistTable.FromCsv(merged);
        Assert.Equal(["GD", "SGD", "GLD dynamic"], table.Dynamics);
        Assert.Equal([5, 6, 7, 8], table.Finals("GLD dynamic").Select(r => r.Seed));
    }

    [Fact]
    public void Single_seed_pieces_join_into_a_file_that_names_both_seeds()
    {
        string first = Piece((d, s) => d == "SGD" && s == 2), second = Piece((d, s) => d == "SGD" && s == 7);
        string merged = FashionMnistRunFiles.Merge([("2", first), ("7", second)]);
        Assert.Contains("\n# departure: Seeds = 2,7; scripts: one unseeded run\n", merged);
        Assert.Equal(2 * 21, FashionMnistTable.FromCsv(merged).Rows.Count);
    }

    [Fact]
    public void Pieces_of_gd_alone_keep_the_first_pieces_seeds_line()
    {
        string seedsLine = Comments.Single(c => c.StartsWith("# departure: Seeds = ", StringComparison.Ordinal));
        string gdAlone = Piece((d, _) => d == "GD"), withSeeds = gdAlone.Replace($"\n{Header}\n", $"\n{seedsLine}\n{Header}\n", StringComparison.Ordinal);
        Assert.NotEqual(gdAlone, withSeeds);
        Assert.Equal(withSeeds, FashionMnistRunFiles.Merge([("a", withSeeds), ("b", gdAlone)]));
        Assert.Equal(gdAlone, FashionMnistRunFiles.Merge([("b", gdAlone), ("a", withSeeds)]));
    }

    [Fact]
    public void A_gd_phase_loaded_in_one_piece_and_computed_in_another_is_the_same_start()
    {
        string computed = Piece((d, s) => d == "GLD dynamic" && s > 4, c => c.Replace("; loaded from checkpoint ", "; computed, saved as checkpoint "));
        Assert.Equal(Whole, FashionMnistRunFiles.Merge([("a", GdAndSgd), ("b", GdAndFirstGld), ("c", computed), .. Others]));
    }

    [Theory]
    [InlineData("fashion-mnist-gd-BA7CCC20A119130BE5253AB0.bin", "fashion-mnist-gd-0000000000000000000000AA.bin", "GD phase or settings")]
    [InlineData("λ₁ 19.81;", "λ₁ 19.82;", "GD phase or settings")]
    [InlineData("# departure: HessianScale = TraceOfSigmaHat", "# departure: HessianScale = ScriptsSignedSum", "GD phase or settings")]
    [InlineData("# data: FashionMNIST (npm package", "# data: FashionMNIST (official files", "data")]
    public void Pieces_from_another_start_or_with_other_settings_are_refused(string text, string replacement, string what)
    {
        string other = Piece((d, s) => d == "GLD dynamic" && s > 4, c => c.Replace(text, replacement));
        var e = Assert.Throws<InvalidDataException>(() => FashionMnistRunFiles.Merge([("a.csv", GdAndSgd), ("other.csv", other)]));
        Assert.Contains($"a.csv and other.csv differ in their {what}", e.Message);
    }

    [Fact]
    public void A_piece_from_another_start_column_is_refused()
    {
        string other = LaterGld.Replace("first fit in single precision (1200 images; data seed 2019),", "first fit in single precision (1200 images; data seed 2020),");
        Assert.Contains("differ in their start point", Assert.Throws<InvalidDataException>(() => FashionMnistRunFiles.Merge([("a", GdAndSgd), ("b", other)])).Message);
    }

    [Fact]
    public void The_same_run_with_other_rows_is_refused_naming_it()
    {
        var e = Assert.Throws<InvalidDataException>(() => FashionMnistRunFiles.Merge([("a.csv", GdAndSgd), ("b.csv", WithOtherAccuracy(GdAndSgd, ",SGD,3,"))]));
        Assert.Contains("a.csv and b.csv hold different rows for SGD, seed 3", e.Message);
        e = Assert.Throws<InvalidDataException>(() => FashionMnistRunFiles.Merge([("a.csv", GdAndSgd), ("b.csv", WithOtherAccuracy(GdAndFirstGld, ",GD,1,"))]));
        Assert.Contains("a.csv and b.csv hold different rows for GD:", e.Message);
    }

    // The piece with the test accuracy of the first row that holds `run` changed.
    private static string WithOtherAccuracy(string piece, string run)
    {
        string row = Rows.First(r => r.Contains(run, StringComparison.Ordinal));
        var fields = row.Split(',');
        fields[5] = "0.5";
        return piece.Replace(row, string.Join(',', fields));
    }

    [Fact]
    public void Fewer_than_two_pieces_or_a_foreign_file_are_refused()
    {
        Assert.Throws<ArgumentException>(() => FashionMnistRunFiles.Merge([("a", Whole)]));
        var e = Assert.Throws<InvalidDataException>(() => FashionMnistRunFiles.Merge([("a", Whole), ("conditions.csv", "# data: x\nquantity,value\n")]));
        Assert.StartsWith("conditions.csv: ", e.Message);
    }
}
