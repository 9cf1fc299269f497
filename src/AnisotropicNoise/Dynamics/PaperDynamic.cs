namespace AnisotropicNoise.Dynamics;

/// <summary>
/// The eight dynamics the paper compares (docs/science.md, The noise structures compared), as typed values: the numeric value is the
/// dynamic's stable identity (it keys its random stream), so adding or reordering dynamics changes no
/// other dynamic's numbers.
/// </summary>
public enum PaperDynamic
{
    /// <summary>Full-batch gradient descent, no noise.</summary>
    Gd = 1,

    /// <summary>GLD const: isotropic noise of a fixed size.</summary>
    GldConst = 2,

    /// <summary>GLD dynamic: isotropic noise of SGD's magnitude.</summary>
    GldDynamic = 3,

    /// <summary>GLD diag: the diagonal of SGD's covariance.</summary>
    GldDiag = 4,

    /// <summary>GLD leading: the top-k eigen part of SGD's covariance.</summary>
    GldLeading = 5,

    /// <summary>GLD Hessian: the top-k eigen part of the Hessian.</summary>
    GldHessian = 6,

    /// <summary>GLD 1st eigvec(H): all noise along the Hessian's top eigenvector.</summary>
    GldEigenvector = 7,

    /// <summary>SGD: the minibatch gradient.</summary>
    Sgd = 8,
}

/// <summary>Names of <see cref="PaperDynamic"/> values: the paper's display names for output, short slugs for command lines.</summary>
public static class PaperDynamics
{
    private static readonly (PaperDynamic Dynamic, string Display, string Slug)[] Names =
    [
        (PaperDynamic.Gd, "GD", "gd"),
        (PaperDynamic.GldConst, "GLD const", "gld-const"),
        (PaperDynamic.GldDynamic, "GLD dynamic", "gld-dynamic"),
        (PaperDynamic.GldDiag, "GLD diag", "gld-diag"),
        (PaperDynamic.GldLeading, "GLD leading", "gld-leading"),
        (PaperDynamic.GldHessian, "GLD Hessian", "gld-hessian"),
        (PaperDynamic.GldEigenvector, "GLD 1st eigvec(H)", "gld-eigvec"),
        (PaperDynamic.Sgd, "SGD", "sgd"),
    ];

    /// <summary>All eight, in the paper's order.</summary>
    public static IReadOnlyList<PaperDynamic> All { get; } = Names.Select(n => n.Dynamic).ToArray();

    /// <summary>The paper's name (<c>GLD 1st eigvec(H)</c>), for tables and charts only.</summary>
    public static string DisplayName(this PaperDynamic dynamic) => Find(dynamic).Display;

    /// <summary>The short name for command lines and file names (<c>gld-eigvec</c>).</summary>
    public static string Slug(this PaperDynamic dynamic) => Find(dynamic).Slug;

    /// <summary>The dynamic's stable identity, which keys its random stream.</summary>
    public static long StreamKey(this PaperDynamic dynamic) => (long)Find(dynamic).Dynamic;

    /// <summary>The dynamic named by <paramref name="name"/>: its slug or display name, case-insensitive.</summary>
    /// <exception cref="ArgumentException">No dynamic has that name; the message lists the names.</exception>
    public static PaperDynamic Parse(string name) => TryParse(name)
        ?? throw new ArgumentException($"no dynamic named '{name}'; the names are {string.Join(", ", Names.Select(n => n.Slug))}.", nameof(name));

    /// <summary>The dynamic named by <paramref name="name"/> (slug or display name, case-insensitive), or null.</summary>
    public static PaperDynamic? TryParse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string trimmed = name.Trim();
        foreach (var n in Names)
            if (string.Equals(n.Slug, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(n.Display, trimmed, StringComparison.OrdinalIgnoreCase))
                return n.Dynamic;
        return null;
    }

    private static (PaperDynamic Dynamic, string Display, string Slug) Find(PaperDynamic dynamic)
    {
        foreach (var n in Names)
            if (n.Dynamic == dynamic) return n;
        throw new ArgumentOutOfRangeException(nameof(dynamic), dynamic, "not one of the paper's dynamics.");
    }
}
