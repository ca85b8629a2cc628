using System.Text;

namespace CreditRules.Documents;

/// <summary>Thrown by the <c>…OrThrow</c> helpers when a document does not load; lists every error.</summary>
public sealed class DocumentValidationException : FormatException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="source">The name of the document, or <see langword="null"/>.</param>
    /// <param name="errors">The errors.</param>
    public DocumentValidationException(string? source, IReadOnlyList<DocumentError> errors)
        : base(Format(source, errors))
    {
        DocumentName = source;
        Errors = errors;
    }

    /// <summary>Gets the name of the document, or <see langword="null"/>.</summary>
    public string? DocumentName { get; }

    /// <summary>Gets every error found.</summary>
    public IReadOnlyList<DocumentError> Errors { get; }

    private static string Format(string? source, IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder("The document ").Append(source is null ? string.Empty : "'" + source + "' ")
            .Append("is invalid (").Append(errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(errors.Count == 1 ? " error):" : " errors):");
        foreach (var error in errors)
        {
            text.Append('\n').Append("- ").Append(error);
        }

        return text.ToString();
    }
}
