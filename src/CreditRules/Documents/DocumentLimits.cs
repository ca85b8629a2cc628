namespace CreditRules.Documents;

/// <summary>The sanity limits every document must respect; a document beyond them is rejected before it is parsed.</summary>
public static class DocumentLimits
{
    /// <summary>The deepest nesting of objects and arrays a document may use (32); the documents themselves need 7.</summary>
    public const int MaxDepth = 32;

    /// <summary>The largest document accepted, in bytes (16 MiB).</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The document schema version this library reads and writes (1).</summary>
    public const int SchemaVersion = 1;
}
