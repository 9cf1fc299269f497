// Shared setup of every notebook (see README.md here). A notebook's first cell is exactly:
//     #load "setup.csx"
//     using AnisotropicNoise.Plotting.Notebooks;
// It loads the package as built from this repository's sources (paths relative to this folder), checks
// that the build is not older than the sources, defines plotly.js once and says which build is loaded.
// (#load, not #!import: an exception inside an imported file is silently dropped by the kernel.)
#r "../artifacts/bin/AnisotropicNoise.Plotting/release/AnisotropicNoise.dll"
#r "../artifacts/bin/AnisotropicNoise.Plotting/release/AnisotropicNoise.Plotting.dll"
#r "../artifacts/bin/AnisotropicNoise.Plotting/release/MathNet.Numerics.dll"
#r "../artifacts/bin/AnisotropicNoise.Plotting/release/Plotly.NET.dll"
#r "../artifacts/bin/AnisotropicNoise.Plotting/release/Plotly.NET.CSharp.dll"
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
AnisotropicNoise.Plotting.Notebooks.Notebook.Setup(
    (mimeType, content) =>
    {
        var shown = KernelInvocationContext.Current.DisplayAs(content, mimeType);
        return updated => shown.Update(updated);
    },
    bundle =>
    {
        // One display_data output with every MIME type: Jupyter front ends show one of them, not each.
        var context = KernelInvocationContext.Current;
        context.Publish(new DisplayedValueProduced(null, context.Command, bundle.Select(p => new FormattedValue(p.Key, p.Value)).ToArray()));
    });
