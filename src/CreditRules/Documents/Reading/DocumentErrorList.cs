using System.Collections;
using System.Globalization;

namespace CreditRules.Documents.Reading;

/// <summary>
/// The errors of one document as they are found, bounded: the first <see cref="DocumentLimits.MaxErrors"/> are kept
/// (with echoed values shortened to <see cref="DocumentLimits.MaxEchoedValueLength"/>), the rest are only counted, so a
/// document of millions of bad values costs a hundred errors of memory.
/// </summary>
internal sealed class DocumentErrorList : IReadOnlyList<DocumentError>
{
    private readonly List<DocumentError> _kept = [];
    private readonly int _capacity;

    public DocumentErrorList(int capacity = DocumentLimits.MaxErrors)
    {
        _capacity = capacity;
    }

    /// <summary>Gets every error found, kept or only counted: callers compare it before and after a step.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the errors kept.</summary>
    public int Kept => _kept.Count;

    /// <summary>Gets the errors found but not kept.</summary>
    public int Dropped => Count - _kept.Count;

    /// <summary>Gets the last error found, kept or not.</summary>
    public DocumentError? Last { get; private set; }

    /// <summary>Gets or sets a kept error.</summary>
    public DocumentError this[int index]
    {
        get => _kept[index];
        set => _kept[index] = value;
    }

    public void Add(DocumentError error)
    {
        Count++;
        Last = error;
        if (_kept.Count < _capacity)
        {
            _kept.Add(Shorten(error));
        }
    }

    /// <summary>The kept errors ordered by position, then one <see cref="DocumentErrorCode.TooManyErrors"/> entry when some were dropped.</summary>
    public IReadOnlyList<DocumentError> ToResult()
    {
        var ordered = _kept.OrderBy(e => e.Line ?? int.MaxValue).ThenBy(e => e.Column ?? 0).ToList();
        if (Dropped > 0)
        {
            var dropped = Dropped.ToString(CultureInfo.InvariantCulture);
            ordered.Add(new DocumentError(
                DocumentErrorCode.TooManyErrors,
                "$",
                dropped,
                "And " + dropped + " more error(s), not reported: only the first " + _capacity.ToString(CultureInfo.InvariantCulture) + " errors of a document are. Fix these and read it again."));
        }

        return ordered;
    }

    public IEnumerator<DocumentError> GetEnumerator() => _kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Shortens a value longer than <see cref="DocumentLimits.MaxEchoedValueLength"/>, in the value and in the message.</summary>
    public static string? Echo(string? value) =>
        value is null || value.Length <= DocumentLimits.MaxEchoedValueLength
            ? value
            : value[..DocumentLimits.MaxEchoedValueLength] + "… (" + value.Length.ToString(CultureInfo.InvariantCulture) + " characters)";

    private static DocumentError Shorten(DocumentError error)
    {
        if (error.AttemptedValue is not { Length: > DocumentLimits.MaxEchoedValueLength } value)
        {
            return error.Message.Length > 4 * DocumentLimits.MaxEchoedValueLength + 400 || error.Path.Length > 4 * DocumentLimits.MaxEchoedValueLength
                ? Truncated(error, error.AttemptedValue, error.Message)
                : error;
        }

        var shortened = Echo(value)!;
        return Truncated(error, shortened, error.Message.Replace(value, shortened, StringComparison.Ordinal));
    }

    private static DocumentError Truncated(DocumentError error, string? value, string message)
    {
        // A message may still quote a long value under another form (a reference to another id): bound it too.
        var limit = 4 * DocumentLimits.MaxEchoedValueLength + 400;
        if (message.Length > limit)
        {
            message = message[..limit] + "… (message of " + message.Length.ToString(CultureInfo.InvariantCulture) + " characters shortened)";
        }

        var path = error.Path.Length > 4 * DocumentLimits.MaxEchoedValueLength ? error.Path[..(4 * DocumentLimits.MaxEchoedValueLength)] + "…" : error.Path;
        return new DocumentError(error.Code, path, value, message, error.Line, error.Column);
    }
}
