namespace AnisotropicNoise.Tests;

public class AtomicFileTests
{
    [Fact]
    public void WritesAndReplacesTheWholeFileLeavingNoTemporaryFile()
    {
        string directory = Directory.CreateTempSubdirectory("atomic-test").FullName;
        try
        {
            string path = Path.Combine(directory, "table.csv");
            AtomicFile.WriteAllText(path, "a,b\n1,2\n");
            AtomicFile.WriteAllText(path, "a\n3\n");
            Assert.Equal("a\n3\n", File.ReadAllText(path));
            Assert.Equal(["table.csv"], Directory.GetFiles(directory).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AFailedWriteLeavesTheOldFileAndNoTemporaryFile()
    {
        string directory = Directory.CreateTempSubdirectory("atomic-test").FullName;
        try
        {
            string path = Path.Combine(directory, "out");
            Directory.CreateDirectory(path); // a directory where the file should go: the rename fails
            Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "x"));
            Assert.True(Directory.Exists(path));
            Assert.Empty(Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
