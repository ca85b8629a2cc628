using System.Globalization;
using System.Text;
using CreditRules.Documents;
using CreditRules.Internal;

namespace CreditRules.DependencyInjection;

/// <summary>
/// Thrown by <see cref="DocumentCreditRulesDataSource.Load"/> when one or more of its documents do not load; lists every
/// error of every document: the document's name, the JSON path, line, column and offending value.
/// </summary>
public sealed class DocumentSetValidationException : FormatException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="documents">One exception per document that did not load, each with every error of that document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documents"/> is empty or holds null.</exception>
    public DocumentSetValidationException(IEnumerable<DocumentValidationException> documents)
        : this(Preconditions.CopyList(documents))
    {
    }

    private DocumentSetValidationException(IReadOnlyList<DocumentValidationException> documents)
        : base(Format(documents))
    {
        Documents = documents;
    }

    /// <summary>Gets one exception per document that did not load, in the order the documents were read.</summary>
    public IReadOnlyList<DocumentValidationException> Documents { get; }

    private static string Format(IReadOnlyList<DocumentValidationException> documents)
    {
        if (documents.Count == 0)
        {
            throw new ArgumentException("At least one document must have failed.", nameof(documents));
        }

        var total = documents.Sum(d => d.Errors.Count);
        var text = new StringBuilder("The CreditRules documents did not load (")
            .Append(total.ToString(CultureInfo.InvariantCulture)).Append(total == 1 ? " error):" : " errors):");
        foreach (var document in documents)
        {
            foreach (var error in document.Errors)
            {
                text.Append("\n- ").Append(document.DocumentName ?? "(document)");
                if (error.Line is { } line)
                {
                    text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture))
                        .Append(':').Append((error.Column ?? 0).ToString(CultureInfo.InvariantCulture));
                }

                text.Append(": ").Append(error.Code.ToString()).Append(" at ").Append(error.Path)
                    .Append(" (value ").Append(error.AttemptedValue is null ? "absent" : "'" + error.AttemptedValue + "'").Append("): ").Append(error.Message);
            }
        }

        return text.ToString();
    }
}
