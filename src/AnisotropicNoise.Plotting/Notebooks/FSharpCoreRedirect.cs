using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace AnisotropicNoise.Plotting.Notebooks;

/// <summary>
/// Plotly.NET 6 is built against FSharp.Core 10.1, but a notebook kernel has already loaded its own
/// FSharp.Core 10.0 into the process, so the first chart call fails (FileNotFoundException, or a
/// MissingMethodException when a second FSharp.Core copy lands in another load context). Answering
/// every FSharp.Core request with the copy already loaded fixes it; the module initializer installs
/// the answer as soon as any type of this assembly is touched, so no notebook can forget it.
/// </summary>
internal static class FSharpCoreRedirect
{
    private static int _installed;

    // A library module initializer is unusual (CA2255), but it is the only place that runs before a
    // notebook's first chart call without the notebook having to remember anything.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
            AssemblyLoadContext.Default.Resolving += (_, name) => Resolve(name);
    }

    /// <summary>The FSharp.Core already loaded in the process for a FSharp.Core request, else null.</summary>
    internal static Assembly? Resolve(AssemblyName requested) =>
        requested.Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => a.GetName().Name == "FSharp.Core")
                .OrderByDescending(a => a.GetName().Version)
                .FirstOrDefault()
            : null;
}
