namespace AnisotropicNoise.Cli;

/// <summary>Bad command-line input; the message names the argument.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    /// <summary>Runs a settings record's <paramref name="validate"/>, reporting the setting it names as a usage error.</summary>
    /// <exception cref="UsageException">A setting is out of range.</exception>
    public static void Check(Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
