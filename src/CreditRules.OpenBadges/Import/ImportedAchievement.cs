using CreditRules.Domain;

namespace CreditRules.OpenBadges;

/// <summary>What one achievement of a credential became: the course it maps to and the learner facts made from it.</summary>
public sealed class ImportedAchievement
{
    internal ImportedAchievement(string? achievementId, string? name, string? courseId, string? matchedBy, decimal? creditsStated,
        EvidenceDocument? evidence, CourseCompletion? completion, ExamAttempt? exam)
    {
        AchievementId = achievementId;
        Name = name;
        CourseId = courseId;
        MatchedBy = matchedBy;
        CreditsStated = creditsStated;
        Evidence = evidence;
        Completion = completion;
        Exam = exam;
    }

    /// <summary>Gets the achievement's id, or <see langword="null"/>.</summary>
    public string? AchievementId { get; }

    /// <summary>Gets the achievement's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets the catalog course it maps to, or <see langword="null"/> when none (then no fact is made).</summary>
    public string? CourseId { get; }

    /// <summary>Gets how the course was found, e.g. <c>alignment targetCode 'ACE-COUR-0001' (exhibit)</c>, or <see langword="null"/>.</summary>
    public string? MatchedBy { get; }

    /// <summary>Gets the credits the credential states (<c>creditsEarned</c>, else <c>creditsAvailable</c>), or <see langword="null"/>.</summary>
    public decimal? CreditsStated { get; }

    /// <summary>Gets the evidence document made, or <see langword="null"/>.</summary>
    public EvidenceDocument? Evidence { get; }

    /// <summary>Gets the completion made, or <see langword="null"/>.</summary>
    public CourseCompletion? Completion { get; }

    /// <summary>Gets the exam attempt made, or <see langword="null"/>.</summary>
    public ExamAttempt? Exam { get; }
}
