namespace AnisotropicNoise.Tests;

/// <summary>Whole-or-nothing output files: text and bytes, into a folder created on demand.</summary>
public sealed class AtomicFileOutputTests
{
    [Fact]
    public void A_write_replaces_the_whole_file_creates_its_folder_and_leaves_no_temporary_file()
    {
        string folder = Path.Combine(Directory.CreateTempSubdirectory("atomic-").FullName, "new");
        string text = Path.Combine(folder, "out.txt"), bytes = Path.Combine(folder, "out.bin");
        AtomicFile.WriteAllText(text, "first, longer content");
        AtomicFile.WriteAllText(text, "second");
        AtomicFile.WriteAllBytes(bytes, [0, 255, 7]);
        Assert.Equal("second", File.ReadAllText(text));
        Assert.Equal([0, 255, 7], File.ReadAllBytes(bytes));
        Assert.Equal([bytes, text], Directory.GetFiles(folder).Order());
    }

    [Fact]
    public void A_missing_path_or_content_is_rejected_by_name()
    {
        Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => AtomicFile.WriteAllText(" ", "x")).ParamName);
        Assert.Equal("contents", Assert.Throws<ArgumentNullException>(() => AtomicFile.WriteAllText("a.txt", null!)).ParamName);
        Assert.Equal("bytes", Assert.Throws<ArgumentNullException>(() => AtomicFile.WriteAllBytes("a.bin", null!)).ParamName);
    }
}
