using Xunit.Abstractions;
using Xunit.Sdk;

namespace AnisotropicNoise.Tests.Support;

/// <summary>
/// A fact that may decide at run time to be skipped by throwing <see cref="SkipTestException"/> (xunit 2 has no
/// <c>Assert.Skip</c>; that arrived in xunit 3): the runner then reports it as skipped, with the reason.
/// </summary>
[XunitTestCaseDiscoverer("AnisotropicNoise.Tests.Support.SkippableFactDiscoverer", "AnisotropicNoise.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class SkippableFactAttribute : FactAttribute;

/// <summary>Thrown by a <see cref="SkippableFactAttribute"/> test to be reported as skipped with <paramref name="reason"/>.</summary>
public sealed class SkipTestException(string reason) : Exception(reason);

/// <summary>Turns each <see cref="SkippableFactAttribute"/> method into a <see cref="SkippableFactTestCase"/>.</summary>
public sealed class SkippableFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new SkippableFactTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>A test case that reports a failure by <see cref="SkipTestException"/> as a skip.</summary>
public sealed class SkippableFactTestCase : XunitTestCase
{
    [Obsolete("For the de-serializer only.", error: true)]
    public SkippableFactTestCase() { }

    public SkippableFactTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, options, testMethod) { }

    public override async Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments,
        ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        var bus = new SkippingBus(messageBus);
        var summary = await base.RunAsync(diagnosticMessageSink, bus, constructorArguments, aggregator, cancellationTokenSource);
        summary.Failed -= bus.Skipped;
        summary.Skipped += bus.Skipped;
        return summary;
    }

    /// <remarks>Passes every message on, a failure by <see cref="SkipTestException"/> as a skip.</remarks>
    private sealed class SkippingBus(IMessageBus inner) : IMessageBus
    {
        public int Skipped { get; private set; }

        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestFailed failed && failed.ExceptionTypes.FirstOrDefault() == typeof(SkipTestException).FullName)
            {
                Skipped++;
                return inner.QueueMessage(new TestSkipped(failed.Test, failed.Messages.FirstOrDefault()));
            }
            return inner.QueueMessage(message);
        }

        public void Dispose() { }
    }
}
