namespace AnisotropicNoise.Data;

/// <summary>A dataset file could be neither found in the cache nor downloaded; the message says where to put it by hand.</summary>
public sealed class DatasetUnavailableException : IOException
{
    /// <summary>Creates the exception with its message and the last download failure.</summary>
    public DatasetUnavailableException(string message, Exception? innerException = null) : base(message, innerException) { }
}
