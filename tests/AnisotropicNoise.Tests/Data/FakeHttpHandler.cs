using System.Net;

namespace AnisotropicNoise.Tests.Data;

/// <summary>An HTTP handler that answers from a dictionary of addresses, records the requests, and fails everything else.</summary>
internal sealed class FakeHttpHandler(Dictionary<string, byte[]> content, bool offline = false) : HttpMessageHandler
{
    public List<string> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string address = request.RequestUri!.ToString();
        Requests.Add(address);
        if (offline) throw new HttpRequestException("Name or service not known");
        var response = content.TryGetValue(address, out var bytes)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
        return Task.FromResult(response);
    }
}
