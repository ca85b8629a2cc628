namespace CreditRules.Engine;

/// <summary>One entry of an explained batch: the decision for the request at <see cref="Position"/>, or the error that kept it from being decided.</summary>
/// <remarks>Immutable. Exactly one of <see cref="Decision"/> and <see cref="Error"/> is set.</remarks>
public sealed class BatchDecision
{
    internal BatchDecision(long position, Decision? decision, InputError? error)
    {
        Position = position;
        Decision = decision;
        Error = error;
    }

    /// <summary>Gets the zero-based position of the request in the batch.</summary>
    public long Position { get; }

    /// <summary>Gets the decision, or <see langword="null"/> when the request was invalid.</summary>
    public Decision? Decision { get; }

    /// <summary>Gets the error naming the field and value of an invalid request, or <see langword="null"/> when it was decided.</summary>
    public InputError? Error { get; }

    /// <summary>Gets a value indicating whether the request was decided.</summary>
    public bool IsDecided => Decision is not null;

    /// <summary>Returns the decision's outcome or the error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + Position.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] " + (Decision is { } d ? d.Outcome + " " + d.CreditsGranted : Error!.ToString());
}
