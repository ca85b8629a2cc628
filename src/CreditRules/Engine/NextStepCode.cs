namespace CreditRules.Engine;

/// <summary>A stable machine key for a <see cref="NextStep"/>, such as <c>PayFee</c>. Codes are public API.</summary>
/// <remarks><c>default(NextStepCode)</c> has an empty value and names no step.</remarks>
public readonly struct NextStepCode : IEquatable<NextStepCode>
{
    // A built-in code is made by its own getter each time it is read (two field stores): no static constructor makes
    // every code when the first one is read, so a cold start compiles only the getters of the codes it reads.
    private NextStepCode(string value, string description)
    {
        Value = value;
        Description = description;
    }

    /// <summary>Join the identity-verified track of a course session before its deadline.</summary>
    public static NextStepCode JoinVerifiedTrack => new("JoinVerifiedTrack", "Join the identity-verified track of a course session before its deadline.");

    /// <summary>Complete the course.</summary>
    public static NextStepCode CompleteCourse => new("CompleteCourse", "Complete the course.");

    /// <summary>Verify identity.</summary>
    public static NextStepCode VerifyIdentity => new("VerifyIdentity", "Verify identity.");

    /// <summary>Wait for the identity verification decision.</summary>
    public static NextStepCode AwaitIdentityReview => new("AwaitIdentityReview", "Wait for the identity verification decision.");

    /// <summary>Sit the proctored exam.</summary>
    public static NextStepCode TakeProctoredExam => new("TakeProctoredExam", "Sit the proctored exam.");

    /// <summary>Retake the proctored exam.</summary>
    public static NextStepCode RetakeProctoredExam => new("RetakeProctoredExam", "Retake the proctored exam.");

    /// <summary>Wait for the exam result or its integrity review.</summary>
    public static NextStepCode AwaitExamReview => new("AwaitExamReview", "Wait for the exam result or its integrity review.");

    /// <summary>Pay an outstanding fee.</summary>
    public static NextStepCode PayFee => new("PayFee", "Pay an outstanding fee.");

    /// <summary>Send the required evidence to the institution.</summary>
    public static NextStepCode SubmitEvidence => new("SubmitEvidence", "Send the required evidence to the institution.");

    /// <summary>Earn the credit the institution requires in residence before it posts credit by evaluation.</summary>
    public static NextStepCode EarnLocalCredits => new("EarnLocalCredits", "Earn the credit the institution requires in residence before it posts credit by evaluation.");

    /// <summary>Gets every code, in declaration order.</summary>
    public static IReadOnlyList<NextStepCode> All => BuiltIn.All;

    /// <summary>Creates a host-defined code for next steps added by an <see cref="IEligibilityRule"/>.</summary>
    /// <param name="value">The stable key, such as <c>ApplyForAdmission</c>; it must not be the key of a built-in code.</param>
    /// <param name="description">A general description of the step.</param>
    /// <returns>The code.</returns>
    /// <remarks>Host codes are not listed in <see cref="All"/>. Two codes are equal when their keys are equal.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank, or <paramref name="value"/> is the key of a built-in code.</exception>
    public static NextStepCode Custom(string value, string description)
    {
        Internal.Preconditions.NotBlank(value);
        Internal.Preconditions.NotBlank(description);
        foreach (var code in All)
        {
            if (string.Equals(code.Value, value, StringComparison.Ordinal))
            {
                throw new ArgumentException("'" + value + "' is the key of a built-in next-step code; a host code needs its own key.", nameof(value));
            }
        }

        return new NextStepCode(value, description);
    }

    /// <summary>Gets the stable key.</summary>
    public string Value { get; }

    /// <summary>Gets a general description of the step.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public bool Equals(NextStepCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NextStepCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the keys match.</returns>
    public static bool operator ==(NextStepCode left, NextStepCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the keys differ.</returns>
    public static bool operator !=(NextStepCode left, NextStepCode right) => !left.Equals(right);

    /// <summary>Returns the key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>The list of every built-in code, built the first time <see cref="All"/> is read rather than when the first code is (fewer methods for the JIT on a cold start).</summary>
    private static class BuiltIn
    {
        public static readonly IReadOnlyList<NextStepCode> All =
        [
            JoinVerifiedTrack,
            CompleteCourse,
            VerifyIdentity,
            AwaitIdentityReview,
            TakeProctoredExam,
            RetakeProctoredExam,
            AwaitExamReview,
            PayFee,
            SubmitEvidence,
            EarnLocalCredits,
        ];
    }
}
