using AnisotropicNoise.Plotting.Notebooks;

namespace AnisotropicNoise.Tests.Plotting;

/// <summary>The notebook progress bar: its text, and one update per whole percent at most.</summary>
public sealed class ProgressBarTests
{
    [Fact]
    public void The_bar_fills_in_proportion_and_prints_the_whole_percent()
    {
        Assert.Equal("work ▕" + new string('█', 15) + new string('░', 15) + "▏  50 %", ProgressBar<double>.Text("work", 0.5));
        Assert.Equal("work ▕" + new string('░', 30) + "▏   0 %", ProgressBar<double>.Text("work", 0.004));
        Assert.Equal("work ▕" + new string('█', 30) + "▏ 100 %", ProgressBar<double>.Text("work", 1));
    }

    [Fact]
    public void Only_a_change_of_the_whole_percent_updates_the_one_output()
    {
        var (bar, shown, updates) = Bar(finalOnly: false);
        foreach (double f in new[] { 0, 0.001, 0.009, 0.01, 0.5, 0.505, 1 }) bar.Report(f);
        Assert.Equal(["0 %"], shown.Select(Percent));
        Assert.Equal(["1 %", "50 %", "100 %"], updates.Select(Percent));
    }

    [Fact]
    public void Headless_runs_show_only_the_finished_bar()
    {
        var (bar, shown, updates) = Bar(finalOnly: true);
        foreach (double f in new[] { 0, 0.3, 0.99, 1 }) bar.Report(f);
        Assert.Equal(["100 %"], shown.Select(Percent));
        Assert.Empty(updates);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_fraction_outside_zero_to_one_is_rejected(double fraction)
    {
        var (bar, _, _) = Bar(finalOnly: false);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => bar.Report(fraction)).ParamName);
    }

    private static (ProgressBar<double> Bar, List<string> Shown, List<string> Updates) Bar(bool finalOnly)
    {
        List<string> shown = [], updates = [];
        var bar = new ProgressBar<double>("work", f => f, text => { shown.Add(text); return updates.Add; }, finalOnly);
        return (bar, shown, updates);
    }

    private static string Percent(string text) => text[(text.LastIndexOf('▏') + 1)..].Trim();
}
