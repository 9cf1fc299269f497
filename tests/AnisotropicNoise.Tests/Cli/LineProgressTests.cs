using AnisotropicNoise.Cli;
using AnisotropicNoise.Experiments;

namespace AnisotropicNoise.Tests.Cli;

public class LineProgressTests
{
    [Fact]
    public void OffATerminalEachReportIsItsOwnLine()
    {
        var text = new StringWriter { NewLine = "\n" };
        var progress = new LineProgress(text, "phases", rewrite: false);
        for (int k = 0; k <= 2; k++) progress.Report(new ExperimentProgress(k, 2));
        Assert.Equal("phases 0/2\nphases 1/2\nphases 2/2\n", text.ToString());
    }

    [Fact]
    public void OnATerminalOneLineIsRewrittenAndEndedWhenDone()
    {
        var text = new StringWriter();
        var progress = new LineProgress(text, "phases", rewrite: true);
        for (int k = 0; k <= 2; k++) progress.Report(new ExperimentProgress(k, 2));
        Assert.Equal("\rphases 0/2\rphases 1/2\rphases 2/2\n", text.ToString());
    }
}
