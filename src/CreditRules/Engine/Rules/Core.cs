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

    /// <summary>The end of a trace line for a fact of another course that counts for the claimed one through a substitute exception (completion, verified track, evidence).</summary>
    public static string AcceptedByException(string reference) => ", accepted for the course by exception " + reference;
}

/// <summary>What the registry knows of a rule: its id, what it checks, every reason code it can raise, and how a learner cures each.</summary>
internal sealed record RuleDescriptor(string Id, string Summary, IReadOnlyList<ReasonCode> Codes)
{
    /// <summary>Gets the cure of each code that has one (declared beside the code), for <see cref="SmallestChange"/>.</summary>
    public IReadOnlyDictionary<ReasonCode, Cure> Cures { get; init; } = new Dictionary<ReasonCode, Cure>();

    /// <summary>Gets the date branches the rule distinguishes, for test kits' coverage.</summary>
    public IReadOnlyList<RuleBranch> Branches { get; init; } = [];
}

/// <summary>
/// How a learner cures a reason: the kind of <see cref="SmallestChange"/> and the next step whose action, cost and dates
/// it carries. Declared on the rule beside the code (<see cref="RuleCodes.Add(ReasonCode, Cure)"/>), so a new code brings
/// its smallest change with it; <see cref="SmallestChangeKind.NotWithinReach"/> says no change by the learner cures it.
/// </summary>
/// <param name="Kind">The kind of change.</param>
/// <param name="Step">The next step the rule gives for the reason, whose action, cost, deadline and earliest date the change repeats.</param>
/// <param name="EvenWhenLimiting">Whether the change is offered for the reason at any severity (a cap that limits credit), not only when it blocks or is outstanding.</param>
internal sealed record Cure(SmallestChangeKind Kind, NextStepCode? Step = null, bool EvenWhenLimiting = false)
{
    /// <summary>No change by the learner cures the reason (an expired recommendation, a duplicate, a refused program).</summary>
    public static Cure NotWithinReach { get; } = new(SmallestChangeKind.NotWithinReach);
}

/// <summary>A rule's reason codes, declared once: each declaration gives the rule its bit and the registry its list (and, when given, the code's cure).</summary>
internal sealed class RuleCodes
{
    // Arrays, not a List and a Dictionary keyed by ReasonCode: a rule type's codes are declared when the type loads, on the
    // first decision, where each generic collection over a struct key costs the JIT a handful of methods. The list and the
    // map the registry reads are built when it reads them.
    private ReasonCode[] _codes = new ReasonCode[8];
    private Cure?[] _cures = new Cure?[8];
    private int _count;

    public IReadOnlyList<ReasonCode> All => _codes.AsSpan(0, _count).ToArray();

    public IReadOnlyDictionary<ReasonCode, Cure> Cures
    {
        get
        {
            var cures = new Dictionary<ReasonCode, Cure>();
            for (var i = 0; i < _count; i++)
            {
                if (_cures[i] is { } cure)
                {
                    cures.Add(_codes[i], cure);
                }
            }

            return cures;
        }
    }

    /// <summary>Declares a code no learner action is about (informational or limiting).</summary>
    public RuleCode Add(ReasonCode code) => Add(code, null);

    /// <summary>Declares a code and how a learner cures it.</summary>
    /// <exception cref="ArgumentException">The code already has a cure.</exception>
    public RuleCode Add(ReasonCode code, Cure? cure)
    {
        if (_count == _codes.Length)
        {
            var codes = new ReasonCode[_count * 2];
            var cures = new Cure?[_count * 2];
            Array.Copy(_codes, codes, _count);
            Array.Copy(_cures, cures, _count);
            _codes = codes;
            _cures = cures;
        }

        for (var i = 0; cure is not null && i < _count; i++)
        {
            if (_cures[i] is not null && _codes[i] == code)
            {
                throw new ArgumentException("Reason code '" + code + "' already has a cure.", nameof(code));
            }
        }

        _codes[_count] = code;
        _cures[_count] = cure;
        _count++;
        return RuleCode.Of(code);
    }
}

/// <summary>
/// The registry of built-in rules, in the order they run: rule ids, the codes each raises, and the generated
/// <c>docs/reason-codes.md</c> derive from it.
/// </summary>
internal static class RuleRegistry
{
    /// <summary>The claim rules, in pipeline order (derived from the one ordered list <see cref="RulePlan.Decide{TSink}"/> runs).</summary>
    public static IReadOnlyList<RuleDescriptor> ClaimRules => RulePlan.Rules;

    /// <summary>The record rules, in pipeline order (derived from the one ordered list <see cref="RecordPlan.Decide{TSink}"/> runs, after the claim rules).</summary>
    public static IReadOnlyList<RuleDescriptor> RecordRules => RecordPlan.Rules;

    /// <summary>Every rule of the registry, claim rules then record rules.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [.. ClaimRules, .. RecordRules];

    /// <summary>Every rule as the public API shows it (<see cref="EligibilityEvaluator.BuiltInRules"/>).</summary>
    public static IReadOnlyList<BuiltInRule> Public { get; } =
        [.. ClaimRules.Select(r => new BuiltInRule(r.Id, r.Summary, false, r.Codes, r.Branches)), .. RecordRules.Select(r => new BuiltInRule(r.Id, r.Summary, true, r.Codes, r.Branches))];

    /// <summary>Every code some built-in rule raises, in rule order then declaration order, once each.</summary>
    public static IReadOnlyList<ReasonCode> Codes { get; } = [.. All.SelectMany(r => r.Codes).Distinct()];

    private static readonly Dictionary<ReasonCode, Cure> CureByCode = All.SelectMany(r => r.Cures).ToDictionary(c => c.Key, c => c.Value);

    /// <summary>Gets the cure declared for a code, or null when none is (informational, limiting and host codes).</summary>
    public static Cure? CureOrNull(ReasonCode code) => CureByCode.GetValueOrDefault(code);

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
        foreach (var rule in All)
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
