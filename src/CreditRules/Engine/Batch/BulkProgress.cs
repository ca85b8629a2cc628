namespace CreditRules.Engine;

/// <summary>How far a bulk run has come.</summary>
/// <remarks><c>default</c> is "nothing processed, total unknown".</remarks>
public readonly struct BulkProgress : IEquatable<BulkProgress>
{
    /// <summary>Initialises a progress report.</summary>
    /// <param name="processed">Inputs processed so far (decisions and errors).</param>
    /// <param name="total">All inputs, or null when streaming.</param>
    /// <param name="errors">Errors so far.</param>
    public BulkProgress(long processed, long? total, long errors)
    {
        Processed = processed;
        Total = total;
        Errors = errors;
    }

    /// <summary>Gets the inputs processed so far (decisions and errors).</summary>
    public long Processed { get; }

    /// <summary>Gets the number of inputs, or null when streaming.</summary>
    public long? Total { get; }

    /// <summary>Gets the errors so far.</summary>
    public long Errors { get; }

    /// <inheritdoc/>
    public bool Equals(BulkProgress other) => Processed == other.Processed && Total == other.Total && Errors == other.Errors;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BulkProgress other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Processed, Total, Errors);

    /// <summary>Compares two reports for equality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BulkProgress left, BulkProgress right) => left.Equals(right);

    /// <summary>Compares two reports for inequality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BulkProgress left, BulkProgress right) => !left.Equals(right);

    /// <summary>Returns e.g. "4096/100000 (2 errors)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Processed}/{(Total is { } t ? t.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")} ({Errors} errors)");
}
