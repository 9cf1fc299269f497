using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace AnisotropicNoise.Experiments;

/// <summary>Independent runs of an experiment, several at once, handed out in order, one at a time.</summary>
internal static class ConcurrentRuns
{
    /// <summary>
    /// Calls <paramref name="run"/> for 0, 1, …, <paramref name="count"/> − 1, at most <paramref name="atOnce"/>
    /// at a time, the next index going to the first free worker (so long runs late in the list do not
    /// queue behind each other on one worker). The first exception a run throws is rethrown as itself, not wrapped.
    /// </summary>
    public static void ForEach(int count, int atOnce, CancellationToken cancellationToken, Action<int> run)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = atOnce, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, count), EnumerablePartitionerOptions.NoBuffering), options, run);
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
    }
}
