namespace AnisotropicNoise.Curvature;

/// <summary>Which <c>k</c> eigenpairs of a symmetric operator an eigen-solver returns.</summary>
public enum EigenSelection
{
    /// <summary>The <c>k</c> algebraically largest eigenvalues (the default: the top of the spectrum).</summary>
    Largest,

    /// <summary>The <c>k</c> eigenvalues of largest magnitude <c>|λ|</c>, negative ones included (SciPy's <c>eigsh(which='LM')</c>, the authors' choice for GLD Hessian).</summary>
    LargestMagnitude,
}

/// <summary>Applies an <see cref="EigenSelection"/> to a decreasing list of eigenvalues.</summary>
internal static class EigenSelectionExtensions
{
    /// <summary>The indices of the <paramref name="count"/> wanted values among <paramref name="decreasing"/>, in decreasing order of value.</summary>
    public static int[] Pick(this EigenSelection selection, IReadOnlyList<double> decreasing, int count) => selection switch
    {
        EigenSelection.Largest => Enumerable.Range(0, count).ToArray(),
        EigenSelection.LargestMagnitude => Enumerable.Range(0, decreasing.Count)
            .OrderByDescending(i => Math.Abs(decreasing[i])).ThenBy(i => i).Take(count).Order().ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(selection), selection, "Unknown selection."),
    };
}
