using System.Security.Cryptography;
using System.Text;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The one place where run and checkpoint keys are hashed: the text of everything a saved run depends on, as
/// SHA-256 in upper-case hex, cut to a number of digits. The texts themselves are each experiment's own, and
/// must not change by a byte while runs saved under them are to stay valid (golden-key tests pin them).
/// </summary>
public static class RunKey
{
    /// <summary>The first <paramref name="hexDigits"/> hex digits (upper case) of the SHA-256 of <paramref name="text"/> in UTF-8.</summary>
    public static string Hash(string text, int hexDigits = 16)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(hexDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hexDigits, 64);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexDigits];
    }

    /// <summary><paramref name="prefix"/>, a dash and <see cref="Hash"/> of <paramref name="text"/> (16 digits): a file name that says what it holds.</summary>
    public static string Of(string prefix, string text) => $"{prefix}-{Hash(text)}";
}
