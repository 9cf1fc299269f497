namespace AnisotropicNoise.Data;

/// <summary>A dataset could be neither found in the cache nor fetched (downloaded, or with npm); the message says why and where to put files by hand.</summary>
public sealed class DatasetUnavailableException : IOException
{
    /// <summary>Creates the exception with its message and the last failure.</summary>
    public DatasetUnavailableException(string message, Exception? innerException = null) : base(message, innerException) { }
}
