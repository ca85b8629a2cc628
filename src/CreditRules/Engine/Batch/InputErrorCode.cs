namespace CreditRules.Engine;

/// <summary>
/// The stable machine key of an <see cref="InputError"/>: why an input got no decision. Like every error code of the
/// library (<c>DocumentErrorCode</c>, <c>LintCode</c>), it is an enum whose name is written where JSON carries it.
/// </summary>
/// <remarks>
/// The categories are coarse on purpose: a bulk summary counts errors by code. The field and the value at fault are in
/// <see cref="InputError.Path"/> and <see cref="InputError.AttemptedValue"/>, the detail in <see cref="InputError.Message"/>.
/// New members are added at the end; a member is never renamed.
/// </remarks>
public enum InputErrorCode
{
    /// <summary>An invalid or missing field (e.g. a date out of range, a score outside its scale).</summary>
    InvalidInput = 0,

    /// <summary>A course, session, institution or program that is not loaded.</summary>
    UnknownReference = 1,

    /// <summary>An input the policy cannot be applied to.</summary>
    InvalidPolicy = 2,

    /// <summary>An input that could not be read at all (malformed JSON, invalid UTF-8, nested too deep).</summary>
    Malformed = 3,

    /// <summary>An input over the size limit, skipped unread.</summary>
    TooLarge = 4,
}
