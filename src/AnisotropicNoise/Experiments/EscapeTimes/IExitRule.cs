namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>Where a first-passage simulation counts a run as exited: a half-space, the outside of a ball, a loss level, or any region.</summary>
public interface IExitRule
{
    /// <summary>The dimension of the points it judges.</summary>
    int Dimension { get; }

    /// <summary>How far <paramref name="x"/> is from exiting: positive inside, zero or negative once exited.</summary>
    double Gap(ReadOnlySpan<double> x);

    /// <summary>
    /// Whether <see cref="Gap"/> is the Euclidean distance to the boundary, so that the Brownian-bridge correction
    /// applies: exactly for a flat boundary, to first order in the step for a smooth curved one.
    /// </summary>
    bool GapIsDistance { get; }
}
