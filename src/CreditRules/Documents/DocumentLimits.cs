namespace CreditRules.Documents;

/// <summary>The sanity limits every document must respect; a document beyond them is rejected before it is parsed.</summary>
/// <remarks>
/// The limits hold for every way a document is read: a file (regular or not: a pipe or a device is read no further
/// than the limit), bytes or text, by the loaders, the linter and the JSON Lines reader. Dates are limited by
/// <see cref="Domain.SupportedDates"/>.
/// </remarks>
public static class DocumentLimits
{
    /// <summary>The deepest nesting of objects and arrays a document may use (32); the documents themselves need 7.</summary>
    public const int MaxDepth = 32;

    /// <summary>The largest document accepted, in bytes (16 MiB).</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The document schema version this library reads and writes (1).</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The most errors reported for one document (100). Past it, reading stops collecting errors and the result ends
    /// with one <see cref="DocumentErrorCode.TooManyErrors"/> entry counting the rest ("and N more").
    /// </summary>
    public const int MaxErrors = 100;

    /// <summary>
    /// The longest value echoed in an error, in characters (120). A longer value is shown as its first 120 characters
    /// followed by "… (N characters)", in <see cref="DocumentError.AttemptedValue"/> and in the message alike.
    /// </summary>
    public const int MaxEchoedValueLength = 120;
}
