using System.Security.Cryptography;

namespace CreditRules.DependencyInjection;

/// <summary>Shared by the file and embedded-resource sources: the content version and the parser call.</summary>
internal static class ContentSource
{
    public static string VersionOf(byte[] content) => "sha256:" + Convert.ToHexString(SHA256.HashData(content), 0, 8).ToLowerInvariant();

    public static CreditRulesData Parse(byte[] content, Func<Stream, string, CreditRulesData> parse, string origin)
    {
        using var stream = new MemoryStream(content, writable: false);
        return parse(stream, VersionOf(content))
            ?? throw new InvalidOperationException("The parser for " + origin + " returned null; it must return a CreditRulesData snapshot.");
    }
}
