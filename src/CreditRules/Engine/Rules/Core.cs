using System.Globalization;
using System.Numerics;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Engine.Rules;

/// <summary>A built-in reason code with its bit (its index in <see cref="ReasonCode.All"/>), resolved once when a rule type loads.</summary>
internal readonly struct RuleCode
{
    private RuleCode(ReasonCode code, int index)
    {
        Code = code;
        Index = index;
    }

    public ReasonCode Code { get; }

    /// <summary>The bit of the code in a <see cref="ReasonMask"/>.</summary>
    public int Index { get; }

    public static RuleCode Of(ReasonCode code) => new(code, ReasonMask.IndexOf(code));
}

/// <summary>
/// A growable set of bits: 128 inline, more in an array allocated only when a bit past 127 is set. Holds the reason
/// codes of a claim (any number of codes) and the applying overrides of a program (any number of overrides).
/// </summary>
internal struct BitSet
{
    private ulong _low;
    private ulong _high;
    private ulong[]? _more;

    public readonly bool IsEmpty => (_low | _high) == 0 && (_more is null || Array.TrueForAll(_more, w => w == 0));

    public readonly ulong Low => _low;

    public readonly ulong High => _high;

    public readonly ulong[]? More => _more;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Set(int index)
    {
        if (index < 64)
        {
            _low |= 1UL << index;
        }
        else if (index < 128)
        {
            _high |= 1UL << (index - 64);
        }
        else
        {
            SetMore(index);
        }
    }

    private void SetMore(int index)
    {
        var word = (index - 128) >> 6;
        if (_more is null || _more.Length <= word)
        {
            Array.Resize(ref _more, word + 1);
        }

        _more[word] |= 1UL << ((index - 128) & 63);
    }

    public readonly bool Contains(int index) => index < 64
        ? (_low & (1UL << index)) != 0
        : index < 128
            ? (_high & (1UL << (index - 64))) != 0
            : _more is { } more && ((index - 128) >> 6) < more.Length && (more[(index - 128) >> 6] & (1UL << ((index - 128) & 63))) != 0;

    /// <summary>Gets the next set bit at or after <paramref name="start"/>, or -1.</summary>
    public readonly int Next(int start)
    {
        for (var i = start; i < 128; i = (i | 63) + 1)
        {
            var word = i < 64 ? _low >> i : _high >> (i - 64);
            if (word != 0)
            {
                return i + BitOperations.TrailingZeroCount(word);
            }
        }

        if (_more is { } more)
        {
            for (var i = Math.Max(start, 128); ((i - 128) >> 6) < more.Length; i = (i | 63) + 1)
            {
                var word = more[(i - 128) >> 6] >> ((i - 128) & 63);
                if (word != 0)
                {
                    return i + BitOperations.TrailingZeroCount(word);
                }
            }
        }

        return -1;
    }
}

/// <summary>Outcome precedence, the one definition: any blocking reason gives NotEligible, else any outstanding reason gives Incomplete, else Eligible.</summary>
internal static class Precedence
{
    public static DecisionOutcome Outcome(bool blocked, bool outstanding) =>
        blocked ? DecisionOutcome.NotEligible : outstanding ? DecisionOutcome.Incomplete : DecisionOutcome.Eligible;

    /// <summary>What a reason of this severity contributes: Blocking blocks, Outstanding leaves the claim incomplete.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Apply(ReasonSeverity severity, ref bool blocked, ref bool outstanding)
    {
        blocked |= severity == ReasonSeverity.Blocking;
        outstanding |= severity == ReasonSeverity.Outstanding;
    }
}

/// <summary>"Today", the one definition: the clock's current date in a zone (the host's configured zone, else the institution's).</summary>
internal static class Today
{
    public static LocalDate In(IClock clock, DateTimeZone zone) => clock.GetCurrentInstant().InZone(zone).Date;
}

/// <summary>Invariant text for explanations.</summary>
internal static class Texts
{
    // Built once: creating a pattern parses its text, which dominated explained decisions in bulk.
    private static readonly ZonedDateTimePattern InstantPattern = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm x", DateTimeZoneProviders.Tzdb);

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Format(LocalDate? date) => date is { } d ? Format(d) : "(none)";

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(Instant instant, DateTimeZone zone) => InstantPattern.Format(instant.InZone(zone)) + " " + zone.Id;
}

/// <summary>What the registry knows of a rule: its id, what it checks, and every reason code it can raise.</summary>
internal sealed record RuleDescriptor(string Id, string Summary, IReadOnlyList<ReasonCode> Codes);

/// <summary>A rule's reason codes, declared once: each declaration gives the rule its bit and the registry its list.</summary>
internal sealed class RuleCodes
{
    private readonly List<ReasonCode> _codes = [];

    public IReadOnlyList<ReasonCode> All => _codes;

    public RuleCode Add(ReasonCode code)
    {
        _codes.Add(code);
        return RuleCode.Of(code);
    }
}

/// <summary>
/// The registry of built-in rules, in the order they run: rule ids, the codes each raises, and the generated
/// <c>docs/reason-codes.md</c> derive from it.
/// </summary>
internal static class RuleRegistry
{
    /// <summary>The claim rules, in pipeline order (the order <see cref="RulePlan.Decide{TSink}"/> runs them).</summary>
    public static IReadOnlyList<RuleDescriptor> ClaimRules { get; } =
    [
        SourceRule.Descriptor, VerifiedTrackRule.Descriptor, CompletionRule.Descriptor, IdentityRule.Descriptor, ExamRule.Descriptor,
        VersionRule.Descriptor, FeeRule.Descriptor, EvidenceRule.Descriptor, ProgramOverrideRule.Descriptor, LevelRule.Descriptor,
        MinimumScoreRule.Descriptor, RecencyRule.Descriptor, CreditRule.Descriptor, ExceptionRule.Descriptor,
    ];

    /// <summary>The whole-record rules of <see cref="RecordEvaluator"/> (not yet steps of the compiled plan), with their codes.</summary>
    public static IReadOnlyList<RuleDescriptor> RecordRules { get; } =
    [
        new("record.what-if", "Hypothetical facts the decision assumes.", [ReasonCode.HypotheticalFact]),
        new("record.duplicates", "A claimed course duplicates prior credit with the same equivalence key (unless graded below the blocking minimum).", [ReasonCode.DuplicateOfPriorCredit, ReasonCode.DuplicateBelowBlockingGrade]),
        new("record.duplicates.request", "Two claimed courses share an equivalence key: the one kept in allocation order wins.", [ReasonCode.DuplicateWithinRequest]),
        new("record.precedence", "A lower course after a more advanced one in a precedence chain is refused.", [ReasonCode.LowerAfterAdvanced]),
        new("record.cap", "Caps and sub-caps on credit by evaluation, posted external credit first, then allocation order; overflow to electives.", [ReasonCode.CapReached, ReasonCode.CapPartiallyApplied, ReasonCode.CapOverflowToElectives, ReasonCode.PostedCreditExceedsCap]),
        new("record.local-credits", "Approved credit is held until enough local credit is earned.", [ReasonCode.LocalCreditsRequired]),
        new("record.residency", "The program's residency requirement; credit by evaluation never counts.", [ReasonCode.ResidencyOutstanding]),
        new("record.posting-fee", "The posting fee on the credit that will post, or its waiver.", [ReasonCode.PostingFeeDue, ReasonCode.PostingFeeWaived]),
    ];

    /// <summary>The ids of the claim rules, in order.</summary>
    public static IReadOnlyList<string> ClaimRuleIds { get; } = [.. ClaimRules.Select(r => r.Id)];

    /// <summary>Generates <c>docs/reason-codes.md</c>: every reason code, the rules and the codes each raises, every next-step code.</summary>
    public static string ReasonCodesMarkdown()
    {
        var text = new System.Text.StringBuilder();
        text.Append("# Reason codes\n\n");
        text.Append("<!-- Generated from ReasonCode.All, NextStepCode.All and the rule registry (src/CreditRules/Engine/Rules/Core.cs): do not edit by hand.\n");
        text.Append("     ReasonCodeDocsTests fails when this file is stale; run it with CREDITRULES_WRITE_DOCS=1 to rewrite it. -->\n\n");
        text.Append("Stable machine keys of `CreditRules.Engine.ReasonCode`. Renaming a code is a breaking change. Placeholders in `{braces}` are the reason's arguments.\n\n");
        text.Append("| Code | Family | Default severity | Template |\n|---|---|---|---|\n");
        foreach (var code in ReasonCode.All)
        {
            text.Append("| `").Append(code.Value).Append("` | ").Append(code.Family).Append(" | ").Append(code.DefaultSeverity).Append(" | ").Append(code.Template).Append(" |\n");
        }

        text.Append("\nHosts add their own codes for their own rules (`IEligibilityRule`) with `ReasonCode.Custom(value, family, severity,\n");
        text.Append("template)` and `NextStepCode.Custom(value, description)`. Host codes may not reuse a built-in key, are not listed in\n");
        text.Append("`ReasonCode.All`/`NextStepCode.All`, and are documented by the host.\n\n");
        text.Append("# Rules\n\nThe built-in rules in the order they run, and the codes each raises (a code raised through a program override carries\nthe rule id `program.override:<override id>`).\n\n");
        text.Append("| Rule id | Checks | Codes |\n|---|---|---|\n");
        foreach (var rule in ClaimRules.Concat(RecordRules))
        {
            text.Append("| `").Append(rule.Id).Append("` | ").Append(rule.Summary).Append(" | ").Append(string.Join(", ", rule.Codes.Select(c => "`" + c.Value + "`"))).Append(" |\n");
        }

        text.Append("\n# Next-step codes\n\n| Code | Meaning |\n|---|---|\n");
        foreach (var code in NextStepCode.All)
        {
            text.Append("| `").Append(code.Value).Append("` | ").Append(code.Description).Append(" |\n");
        }

        return text.ToString();
    }
}
