namespace CreditRules.Documents;

/// <summary>The result of loading a document: the whole model, or every error found. Never a partly loaded model.</summary>
/// <typeparam name="T">The model type.</typeparam>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class DocumentLoadResult<T>
    where T : class
{
    private readonly T? _value;

    private DocumentLoadResult(T? value, IReadOnlyList<DocumentError> errors, string? source)
    {
        _value = value;
        Errors = errors;
        Source = source;
    }

    /// <summary>Gets a value indicating whether the document loaded without error.</summary>
    public bool IsSuccess => _value is not null;

    /// <summary>Gets the loaded model.</summary>
    /// <exception cref="DocumentValidationException">The document did not load; the exception lists every error.</exception>
    public T Value => _value ?? throw new DocumentValidationException(Source, Errors);

    /// <summary>Gets every error found, in document order where it is known; empty on success.</summary>
    public IReadOnlyList<DocumentError> Errors { get; }

    /// <summary>Gets the name of the document (a file path, usually), or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The model.</param>
    /// <param name="source">The name of the document, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    internal static DocumentLoadResult<T> Success(T value, string? source = null) =>
        new(Internal.Preconditions.NotNull(value), [], source);

    /// <summary>Creates a failed result.</summary>
    /// <param name="errors">The errors, at least one.</param>
    /// <param name="source">The name of the document, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    internal static DocumentLoadResult<T> Failure(IEnumerable<DocumentError> errors, string? source = null)
    {
        var list = Internal.Preconditions.CopyList(errors);
        if (list.Count == 0)
        {
            throw new ArgumentException("A failed load needs at least one error.", nameof(errors));
        }

        return new(null, list, source);
    }

    /// <summary>Gets the model, or throws listing every error.</summary>
    /// <returns>The model.</returns>
    /// <exception cref="DocumentValidationException">The document did not load.</exception>
    public T GetValueOrThrow() => Value;
}
