using CreditRules.Engine;

namespace CreditRules.Reports;

/// <summary>One reason of a decision as a report shows it: the rendered message for people, the code for staff.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReportReason
{
    /// <summary>Initializes a reason row.</summary>
    /// <param name="code">The stable reason code, e.g. <c>RecencyExpired</c>.</param>
    /// <param name="severity">How the reason weighs on the outcome.</param>
    /// <param name="text">The reason in plain language.</param>
    /// <param name="ruleId">The rule that raised it.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/>, <paramref name="text"/> or <paramref name="ruleId"/> is null or blank.</exception>
    public ReportReason(string code, ReasonSeverity severity, string text, string ruleId)
    {
        Code = Check.NotBlank(code, nameof(code));
        Severity = severity;
        Text = Check.NotBlank(text, nameof(text));
        RuleId = Check.NotBlank(ruleId, nameof(ruleId));
    }

    /// <summary>Gets the stable reason code (shown to staff only in the decision letter).</summary>
    public string Code { get; }

    /// <summary>Gets how the reason weighs on the outcome.</summary>
    public ReasonSeverity Severity { get; }

    /// <summary>Gets the reason in plain language.</summary>
    public string Text { get; }

    /// <summary>Gets the id of the rule that raised the reason.</summary>
    public string RuleId { get; }

    /// <summary>Creates a row from an engine reason, its message rewritten by <paramref name="plain"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="plain"/> is null.</exception>
    internal static ReportReason From(Reason reason, Func<string, string> plain)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(plain);
        return new(reason.Code.Value, reason.Severity, plain(reason.Message), reason.RuleId);
    }
}
