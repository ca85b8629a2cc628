namespace CreditRules.Engine;

/// <summary>The result of one input of a bulk run: a decision summary, or an <see cref="InputError"/>. Never both, never neither.</summary>
/// <remarks><c>default(BulkEntry)</c> holds neither and is never produced by a run.</remarks>
public readonly struct BulkEntry : IEquatable<BulkEntry>
{
    /// <summary>Initialises an entry holding a decision.</summary>
    /// <param name="position">The zero-based position of the input.</param>
    /// <param name="learnerId">The learner's id.</param>
    /// <param name="summary">The decision.</param>
    public BulkEntry(long position, string learnerId, DecisionSummary summary)
    {
        Position = position;
        LearnerId = learnerId;
        Summary = summary;
        Error = null;
    }

    /// <summary>Initialises an entry holding an error.</summary>
    /// <param name="error">The error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public BulkEntry(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Position = error.Position;
        LearnerId = error.LearnerId;
        Summary = default;
        Error = error;
    }

    /// <summary>Gets the zero-based position of the input.</summary>
    public long Position { get; }

    /// <summary>Gets the learner's id, or null when an unreadable input had none.</summary>
    public string? LearnerId { get; }

    /// <summary>Gets the decision; <c>default</c> (not <see cref="DecisionSummary.IsDecided"/>) for an error.</summary>
    public DecisionSummary Summary { get; }

    /// <summary>Gets the error, or null for a decision.</summary>
    public InputError? Error { get; }

    /// <summary>Gets a value indicating whether this entry is an error.</summary>
    public bool IsError => Error is not null;

    /// <inheritdoc/>
    public bool Equals(BulkEntry other) =>
        Position == other.Position && string.Equals(LearnerId, other.LearnerId, StringComparison.Ordinal) && Summary == other.Summary && ReferenceEquals(Error, other.Error);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BulkEntry other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Position, LearnerId, Summary, Error);

    /// <summary>Compares two entries for equality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when position, learner, summary and error (by reference) are equal.</returns>
    public static bool operator ==(BulkEntry left, BulkEntry right) => left.Equals(right);

    /// <summary>Compares two entries for inequality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BulkEntry left, BulkEntry right) => !left.Equals(right);

    /// <summary>Returns the error's text or "#position learner: summary".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Error?.ToString() ?? "#" + Position.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + LearnerId + ": " + Summary;
}
