namespace CreditRules.OpenBadges.Internal;

/// <summary>Collects one credential's errors (which refuse it) and warnings.</summary>
internal sealed class IssueList
{
    public List<BadgeIssue> Errors { get; } = [];

    public List<BadgeIssue> Warnings { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public void Error(BadgeIssueCode code, string path, string? value, string message) => Errors.Add(new BadgeIssue(code, path, value, message));

    public void Warn(BadgeIssueCode code, string path, string? value, string message) => Warnings.Add(new BadgeIssue(code, path, value, message));
}
