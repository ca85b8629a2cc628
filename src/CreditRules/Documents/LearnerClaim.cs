using CreditRules.Internal;

namespace CreditRules.Documents;

/// <summary>A claim named in a learner document: this learner asks this institution's program for credit for this course.</summary>
public sealed class LearnerClaim : IEquatable<LearnerClaim>
{
    /// <summary>Initialises a claim.</summary>
    /// <param name="learnerId">The learner.</param>
    /// <param name="courseId">The course.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The degree program.</param>
    /// <param name="story">A short note for people on what the claim shows, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    public LearnerClaim(string learnerId, string courseId, string institutionId, string programId, string? story = null)
    {
        LearnerId = Preconditions.NotBlank(learnerId);
        CourseId = Preconditions.NotBlank(courseId);
        InstitutionId = Preconditions.NotBlank(institutionId);
        ProgramId = Preconditions.NotBlank(programId);
        Story = string.IsNullOrWhiteSpace(story) ? null : story;
    }

    /// <summary>Gets the learner id.</summary>
    public string LearnerId { get; }

    /// <summary>Gets the course id.</summary>
    public string CourseId { get; }

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the program id.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the note for people, or <see langword="null"/>.</summary>
    public string? Story { get; }

    /// <inheritdoc/>
    public bool Equals(LearnerClaim? other) =>
        other is not null && LearnerId == other.LearnerId && CourseId == other.CourseId && InstitutionId == other.InstitutionId
        && ProgramId == other.ProgramId && Story == other.Story;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LearnerClaim);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(LearnerId, CourseId, InstitutionId, ProgramId, Story);

    /// <inheritdoc/>
    public override string ToString() => LearnerId + ": " + CourseId + " -> " + InstitutionId + "/" + ProgramId;
}
