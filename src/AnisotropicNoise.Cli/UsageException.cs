namespace AnisotropicNoise.Cli;

/// <summary>Bad command-line input; the message names the argument.</summary>
internal sealed class UsageException(string message) : Exception(message);
