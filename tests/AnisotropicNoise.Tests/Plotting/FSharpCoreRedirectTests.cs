using System.Reflection;
using AnisotropicNoise.Plotting.Notebooks;

namespace AnisotropicNoise.Tests.Plotting;

/// <summary>The FSharp.Core answer that lets Plotly.NET run in a kernel holding another FSharp.Core version.</summary>
public sealed class FSharpCoreRedirectTests
{
    [Fact]
    public void A_request_for_any_FSharp_Core_version_gets_the_loaded_one_and_other_requests_get_nothing()
    {
        var loaded = typeof(Microsoft.FSharp.Core.Unit).Assembly;
        Assert.Same(loaded, FSharpCoreRedirect.Resolve(new AssemblyName("FSharp.Core, Version=99.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a")));
        Assert.Same(loaded, FSharpCoreRedirect.Resolve(new AssemblyName("FSharp.Core")));
        Assert.Null(FSharpCoreRedirect.Resolve(new AssemblyName("FSharp.Core.Extra")));
        Assert.Null(FSharpCoreRedirect.Resolve(new AssemblyName("Plotly.NET")));
    }
}
