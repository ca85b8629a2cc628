using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Converts the accepted lines to the institution's unit (exactly: 1 QH = 2/3 SH), applies the policy's rounding to the
/// course total, then any program limit per course. Conversion and rounding live here only.
/// </summary>
internal readonly struct CreditRule : IBuiltInClaimRule
{
    public const string Id = "credits.conversion";

    private const string Summary = "Converts the accepted lines to the institution's unit (exactly: 1 QH = 2/3 SH), applies the policy's rounding to the course total, then any program limit per course. Conversion and rounding live here only.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode CreditsConverted = Codes.Add(ReasonCode.CreditsConverted);
    private static readonly RuleCode CreditsRounded = Codes.Add(ReasonCode.CreditsRounded);
    private static readonly RuleCode ProgramLimitsCredit = Codes.Add(ReasonCode.ProgramLimitsCredit);
    private static readonly RuleCode NotResidenceCredit = Codes.Add(ReasonCode.NotResidenceCredit);

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var unit = state.Institution.Institution.CreditUnit;
        var rounding = state.Route.Rounding;
        var plan = state.Version;
        if (plan is null)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Skipped, "no version");
            }

            return;
        }

        state.CreditsRecommended = plan.Recommended;
        var exact = state.ExactCredits;
        var outcome = RuleOutcome.Passed;
        if (plan.AnyOtherUnit && !exact.IsZero)
        {
            RaiseConverted(ref state, ref sink, plan, exact);
        }

        var granted = plan.Round(exact, unit);
        if (granted != exact)
        {
            RaiseRounded(ref state, ref sink, exact, granted, rounding);
            outcome = RuleOutcome.Limited;
        }

        var overrides = state.Program.Overrides;
        for (var i = state.Restrictions.Next(0); i >= 0; i = state.Restrictions.Next(i + 1))
        {
            if (state.Program.Limits[i] is { } converted)
            {
                if (granted > converted)
                {
                    granted = converted;
                    RaiseProgramLimit(ref state, ref sink, converted, overrides[i]);
                    outcome = RuleOutcome.Limited;
                }
            }
        }

        state.CreditsGranted = granted;

        // Only credit that will actually be granted is worth the residency note.
        if (!granted.IsZero && !state.Blocked && !state.Outstanding)
        {
            state.Raise(ref sink, NotResidenceCredit, Id);
        }

        if (sink.Explains)
        {
            ExplainGranted(ref sink, outcome, plan, granted, rounding);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseConverted<TSink>(ref ClaimState state, ref TSink sink, VersionPlan plan, CreditAmount exact)
        where TSink : struct, IReasonSink
    {
        var scope = state.Policy is { } policy ? new LevelScope(policy, state.Program.Overrides, state.Restrictions) : default(LevelScope?);
        state.Raise(ref sink, CreditsConverted, Id, (plan.Version, scope, exact), static a => [("Recommended", string.Join(" + ", a.Version.Lines.Where(l => a.scope?.Best(l) is not null).Select(l => l.Credits.ToString()))), ("Converted", a.exact.ToString())]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseRounded<TSink>(ref ClaimState state, ref TSink sink, CreditAmount exact, CreditAmount granted, RoundingPolicy rounding)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, CreditsRounded, granted < exact ? ReasonSeverity.Limiting : ReasonSeverity.Informational, Id, null, (exact, granted, rounding), static a => [("Exact", a.exact.ToString()), ("Rounded", a.granted.ToString()), ("Rounding", a.rounding.ToString())]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseProgramLimit<TSink>(ref ClaimState state, ref TSink sink, CreditAmount converted, ProgramOverride programOverride)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, ProgramLimitsCredit, ProgramLimitsCredit.Code.DefaultSeverity, ProgramOverrideRule.Id, programOverride.Id, (state.Program.Program.Id, converted, programOverride), static a => [("ProgramId", a.Id), ("Limit", a.converted.ToString()), ("Description", a.Item3.Description)]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainGranted<TSink>(ref TSink sink, RuleOutcome outcome, VersionPlan plan, CreditAmount granted, RoundingPolicy rounding)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, outcome, (plan.Recommended, granted, rounding), static a => a.Recommended + " recommended; " + a.granted + " grantable under " + a.rounding);
    }
}
