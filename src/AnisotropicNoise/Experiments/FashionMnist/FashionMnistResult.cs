namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>The outcome of the FashionMNIST experiment: the sharp minimum, its measurement, and every run's measurements from there.</summary>
/// <param name="Settings">The settings that produced it.</param>
/// <param name="Start">The end of the GD phase.</param>
/// <param name="AtStart">The measurement at the sharp minimum (every test image), iteration 0 of every run.</param>
/// <param name="Table">Every run's rows, with the data's description.</param>
/// <param name="Departures">How the images and the settings differ from the authors' scripts (<see cref="FashionMnistSettings.Departures"/>).</param>
public sealed record FashionMnistResult(FashionMnistSettings Settings, FashionMnistStart Start, FashionMnistRow AtStart, FashionMnistTable Table,
    IReadOnlyList<(string Setting, string Here, string Scripts)> Departures)
{
    /// <summary>Where the images came from, in words.</summary>
    public string DataDescription => Table.DataDescription;

    /// <summary>Whether the images were the synthetic stand-in.</summary>
    public bool IsStandIn => Table.IsStandIn;

    /// <summary>The names of the dynamics that ran, in order.</summary>
    public IReadOnlyList<string> Dynamics => Table.Dynamics;

    /// <summary>The sentence that describes the start (<see cref="FashionMnistStartLine.Write"/>).</summary>
    public string StartSummary => FashionMnistStartLine.Write(Settings, Start, AtStart);

    /// <summary>The table as CSV (<see cref="FashionMnistCsv.Header"/>), after <c>#</c> lines that say which data, how the GD phase ended, and each departure from the authors' scripts.</summary>
    public string ToCsv() =>
        Table.ToCsv([StartSummary, .. Departures.Select(Tables.DeparturesTable.CommentLine)]);
}
