using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>Columns declared once by name: header, exact round trip, reading by name whatever the order, and bad input named.</summary>
public sealed class CsvColumnsTests
{
    private sealed record Row(string Name, int Step, double Value, Estimate Error);

    private static CsvColumns<Row> Columns() => new CsvColumns<Row>("test file")
        .Text("name", r => r.Name).Int("step", r => r.Step).Double("value", r => r.Value).Estimate("error", r => r.Error);

    [Fact]
    public void Rows_round_trip_exactly_and_are_read_by_column_name()
    {
        var rows = new[] { new Row("GD", 3, 0.1 + 0.2, new Estimate(1.0 / 3, 2e-300)), new Row("SGD", -1, double.NaN, new Estimate(double.PositiveInfinity, 0)) };
        var columns = Columns();
        Assert.Equal("name,step,value,error,error_se", columns.Header);
        string text = columns.Format(rows);
        Assert.Equal("name,step,value,error,error_se\nGD,3,0.30000000000000004,0.3333333333333333,2E-300\nSGD,-1,NaN,Infinity,0\n", text);
        Assert.Equal(rows, columns.Parse("# a comment\n" + text, f => new Row(f.Text("name"), f.Int("step"), f.Double("value"), f.Estimate("error"))));
    }

    [Fact]
    public void Bad_declarations_values_and_reads_are_named()
    {
        Assert.Contains("'step' is declared twice", Assert.Throws<ArgumentException>(() => Columns().Int("step", r => r.Step)).Message);
        Assert.Contains("name 'a,b' holds a comma", Assert.Throws<ArgumentException>(() => Columns().Line(new Row("a,b", 0, 0, default))).Message);
        string text = Columns().Format([new Row("GD", 1, 2, new Estimate(3, 4))]);
        Assert.Contains("no column 'steps'", Assert.Throws<InvalidOperationException>(() => Columns().Parse(text, f => new Row(f.Text("name"), f.Int("steps"), 0, default))).Message);
        Assert.Contains("line 2", Assert.Throws<InvalidDataException>(() => Columns().Parse(text.Replace(",1,", ",x,"), f => new Row(f.Text("name"), f.Int("step"), 0, default))).Message);
        Assert.Contains("not a test file", Assert.Throws<InvalidDataException>(() => Columns().Parse("# only a comment\n", f => new Row("", 0, 0, default))).Message);
    }
}
