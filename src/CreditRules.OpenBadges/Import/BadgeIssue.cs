using System.Text;

namespace CreditRules.OpenBadges;

/// <summary>One error or warning about a credential, located by JSON path and naming the value.</summary>
/// <remarks>Paths of a VC-JWT are in its decoded payload (<c>$</c>); <c>$header</c> is its JOSE header.</remarks>
public sealed class BadgeIssue : IEquatable<BadgeIssue>
{
    /// <summary>Initialises an issue.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="path">The JSON path, e.g. <c>$.credentialSubject.identifier[0]</c>.</param>
    /// <param name="attemptedValue">The offending value, or <see langword="null"/>.</param>
    /// <param name="message">What is wrong, for people.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public BadgeIssue(BadgeIssueCode code, string path, string? attemptedValue, string message)
    {
        Code = code;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        AttemptedValue = attemptedValue;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Gets the stable code.</summary>
    public BadgeIssueCode Code { get; }

    /// <summary>Gets the JSON path.</summary>
    public string Path { get; }

    /// <summary>Gets the offending value, or <see langword="null"/>.</summary>
    public string? AttemptedValue { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(BadgeIssue? other) =>
        other is not null && Code == other.Code && Path == other.Path && AttemptedValue == other.AttemptedValue && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BadgeIssue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Path, AttemptedValue, Message);

    /// <summary>Formats as <c>Code at $.path (value 'x'): message</c>.</summary>
    /// <returns>The formatted issue.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Code.ToString()).Append(" at ").Append(Path);
        if (AttemptedValue is not null)
        {
            text.Append(" (value '").Append(AttemptedValue).Append("')");
        }

        return text.Append(": ").Append(Message).ToString();
    }
}
