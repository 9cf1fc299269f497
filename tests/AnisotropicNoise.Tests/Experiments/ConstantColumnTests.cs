using AnisotropicNoise.Experiments.Tables;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>A column of one value a file, put in front of rows that do not hold it and read off again.</summary>
public sealed class ConstantColumnTests
{
    private const string Rows = "dynamic,seed\nGD,1\nSGD,2\n";

    [Fact]
    public void Prepended_to_every_line_and_read_off_to_the_rows_text_it_was_given()
    {
        string text = ConstantColumn.Prepend(Rows, "start", "first fit (data seed 2019)");
        Assert.Equal("start,dynamic,seed\nfirst fit (data seed 2019),GD,1\nfirst fit (data seed 2019),SGD,2\n", text);
        Assert.Equal(("first fit (data seed 2019)", Rows), ConstantColumn.Remove(text, "start"));
        Assert.Equal(("x", "# data: d\n# a note\n" + Rows), ConstantColumn.Remove("# data: d\n# a note\n" + ConstantColumn.Prepend(Rows, "start", "x"), "start"));
    }

    [Fact]
    public void A_text_without_the_column_is_returned_as_it_is()
    {
        Assert.Equal((null, Rows), ConstantColumn.Remove(Rows, "start"));
        Assert.Equal((null, "dynamic,start\nGD,x\n"), ConstantColumn.Remove("dynamic,start\nGD,x\n", "start"));
    }

    [Fact]
    public void Two_values_in_one_file_and_values_that_cannot_be_a_field_are_named()
    {
        var mixed = Assert.Throws<InvalidDataException>(() => ConstantColumn.Remove("# note\nstart,dynamic\na,GD\nb,SGD\n", "start"));
        Assert.Contains("line 4", mixed.Message);
        Assert.Contains("'b' differs from the first row's 'a'", mixed.Message);
        Assert.Contains("line 2", Assert.Throws<InvalidDataException>(() => ConstantColumn.Remove("start,dynamic\n,GD\n", "start")).Message);
        Assert.Contains("holds a comma", Assert.Throws<ArgumentException>(() => ConstantColumn.Prepend(Rows, "start", "a,b")).Message);
        Assert.Throws<ArgumentException>(() => ConstantColumn.Prepend(Rows, "start", " "));
    }
}
