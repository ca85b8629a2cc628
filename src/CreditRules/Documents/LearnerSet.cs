using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Documents;

/// <summary>The content of a learner document: the learners' records, the claims to decide, and the as-of date they are written for.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class LearnerSet
{
    /// <summary>Initialises a learner set.</summary>
    /// <param name="learners">The learners, with unique ids.</param>
    /// <param name="claims">The claims, each naming one of <paramref name="learners"/>.</param>
    /// <param name="asOf">The date the document is written for, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A learner id repeats, or a claim names an unknown learner.</exception>
    public LearnerSet(IEnumerable<LearnerRecord> learners, IEnumerable<LearnerClaim>? claims = null, LocalDate? asOf = null)
    {
        Learners = Preconditions.CopyList(learners);
        Claims = Preconditions.CopyList(claims ?? []);
        Preconditions.EnsureUniqueIds(Learners, l => l.LearnerId, nameof(learners));
        var ids = Learners.Select(l => l.LearnerId).ToHashSet(StringComparer.Ordinal);
        foreach (var claim in Claims)
        {
            if (!ids.Contains(claim.LearnerId))
            {
                throw NotInSet(claim, nameof(claims));
            }
        }

        AsOf = asOf;
    }

    /// <summary>
    /// A set of one learner and their claims (a JSON Lines record): the same checks as the public constructor, without
    /// its copies, hash set and closures, which a line's reader would compile on a cold start and pay for on every line.
    /// </summary>
    /// <exception cref="ArgumentException">A claim names another learner.</exception>
    internal LearnerSet(LearnerRecord learner, LearnerClaim[] claims)
    {
        ArgumentNullException.ThrowIfNull(learner);
        foreach (var claim in claims)
        {
            if (!string.Equals(claim.LearnerId, learner.LearnerId, StringComparison.Ordinal))
            {
                throw NotInSet(claim, nameof(claims));
            }
        }

        Learners = Array.AsReadOnly(new[] { learner });
        Claims = Array.AsReadOnly(claims);
    }

    private static ArgumentException NotInSet(LearnerClaim claim, string paramName) =>
        new("Claim " + claim + " names learner '" + claim.LearnerId + "', who is not in the set.", paramName);

    /// <summary>Gets the learners' records.</summary>
    public IReadOnlyList<LearnerRecord> Learners { get; }

    /// <summary>Gets the claims to decide, in document order.</summary>
    public IReadOnlyList<LearnerClaim> Claims { get; }

    /// <summary>Gets the date the document is written for, or <see langword="null"/>.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Gets the learner with <paramref name="learnerId"/>, or <see langword="null"/>.</summary>
    /// <param name="learnerId">The learner id.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public LearnerRecord? GetLearnerOrNull(string learnerId) =>
        Learners.FirstOrDefault(l => string.Equals(l.LearnerId, learnerId, StringComparison.Ordinal));
}
