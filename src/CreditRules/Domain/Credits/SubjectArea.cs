using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>A subject area of a recommendation line, such as <c>mathematics</c>, compared by its code (ordinal, case-insensitive).</summary>
/// <remarks><c>default(SubjectArea)</c> has an empty code; factories never produce it.</remarks>
public readonly struct SubjectArea : IEquatable<SubjectArea>
{
    /// <summary>Initialises a subject area.</summary>
    /// <param name="code">A stable code, such as <c>mathematics</c>.</param>
    /// <param name="name">A display name; defaults to the code.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public SubjectArea(string code, string? name = null)
    {
        Code = Preconditions.NotBlank(code).Trim().ToLowerInvariant();
        Name = string.IsNullOrWhiteSpace(name) ? Code : name;
    }

    /// <summary>Gets the lower-case code that identifies the subject.</summary>
    public string Code { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public bool Equals(SubjectArea other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SubjectArea other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Code is null ? 0 : StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Compares two subject areas by code.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when the codes match.</returns>
    public static bool operator ==(SubjectArea left, SubjectArea right) => left.Equals(right);

    /// <summary>Compares two subject areas by code.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(SubjectArea left, SubjectArea right) => !left.Equals(right);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code ?? string.Empty;
}
