using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The qualifying date lies within a version of the recommendation (both ends included). Without a qualifying date yet,
/// the version in effect on the as-of date (or the next one) is used for the deadline; when none remains, the route can
/// no longer be completed.
/// </summary>
internal readonly struct VersionRule : IBuiltInClaimRule
{
    public const string Id = "recommendation.version";

    private const string Summary = "The qualifying date lies within a version of the recommendation (both ends included). Without a qualifying date yet, the version in effect on the as-of date (or the next one) is used for the deadline; when none remains, the route can no longer be completed.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures, Branches = Branches };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleBranch FirstDay = new("version.first-day", "qualifying date is the first day of its recommendation version");
    private static readonly RuleBranch LastDay = new("version.last-day", "qualifying date is the last day of its recommendation version");
    private static readonly RuleBranch Within = new("version.within", "qualifying date is strictly inside its recommendation version");
    private static readonly RuleBranch BeforeFirst = new("version.before-first", "qualifying date is before the first version starts");
    private static readonly RuleBranch InGap = new("version.gap", "qualifying date falls in a gap between two versions");
    private static readonly RuleBranch AfterLast = new("version.after-last", "qualifying date is after the last version ended");
    private static readonly RuleBranch RouteOpen = new("version.route-open", "no qualifying date yet; a version is in effect or ahead (gives the deadline)");
    private static readonly RuleBranch RouteClosed = new("version.route-closed", "no qualifying date yet and no version remains");

    /// <summary>The date branches this rule distinguishes (raised where it decides them), for test kits' coverage.</summary>
    private static readonly RuleBranch[] Branches = [FirstDay, LastDay, Within, BeforeFirst, InGap, AfterLast, RouteOpen, RouteClosed];

    private static readonly RuleCode RecommendationNotInEffect = Codes.Add(ReasonCode.RecommendationNotInEffect, Cure.NotWithinReach);
    private static readonly RuleCode RecommendationExpired = Codes.Add(ReasonCode.RecommendationExpired, Cure.NotWithinReach);

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var recommendation = state.Route.Recommendation;
        if (recommendation is null)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Skipped, "no recommendation");
            }

            return;
        }

        if (state.QualifyingDate is { } date)
        {
            var index = state.Route.VersionAt(date);
            if (index >= 0)
            {
                state.VersionIndex = index;
                if (sink.Explains)
                {
                    ExplainCovered(ref state, ref sink, index, date);
                }

                return;
            }

            RaiseNotInEffect(ref state, ref sink, recommendation, date);

            return;
        }

        var current = state.Route.CurrentVersion(state.AsOf);
        if (current < 0)
        {
            RaiseExpired(ref state, ref sink, recommendation);

            return;
        }

        state.VersionIndex = current;
        if (sink.Explains)
        {
            ExplainOpen(ref state, ref sink, current);
        }
    }

    private static string Gap(CreditRecommendation recommendation, NodaTime.LocalDate date)
    {
        var before = recommendation.Versions.LastOrDefault(v => v.Validity.End < date);
        var after = recommendation.Versions.FirstOrDefault(v => v.Validity.Start > date);
        return (before, after) switch
        {
            (null, { } next) => "the first version starts on " + Texts.Format(next.Validity.Start),
            ({ } last, null) => "the last version ended on " + Texts.Format(last.Validity.End),
            ({ } last, { } next) => "it falls in the gap between version " + Texts.Format(last.Number) + " (ended " + Texts.Format(last.Validity.End) + ") and version " + Texts.Format(next.Number) + " (starts " + Texts.Format(next.Validity.Start) + ")",
            _ => "no version exists",
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainCovered<TSink>(ref ClaimState state, ref TSink sink, int index, NodaTime.LocalDate date)
        where TSink : struct, IReasonSink
    {
        var version = state.Route.Versions[index].Version;
        sink.Branch(date == version.Validity.Start ? FirstDay : date == version.Validity.End ? LastDay : Within);
        sink.Trace(Id, RuleOutcome.Passed, (version, date), static a => "version " + Texts.Format(a.version.Number) + " (" + a.version.Validity + ") covers " + Texts.Format(a.date));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNotInEffect<TSink>(ref ClaimState state, ref TSink sink, CreditRecommendation recommendation, NodaTime.LocalDate date)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, RecommendationNotInEffect, Id, (recommendation, date), static a => [("ExhibitId", a.recommendation.ExhibitId), ("QualifyingDate", Texts.Format(a.date)), ("Detail", Gap(a.recommendation, a.date))]);
        if (sink.Explains)
        {
            ExplainNotInEffect(ref sink, recommendation, date);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainNotInEffect<TSink>(ref TSink sink, CreditRecommendation recommendation, NodaTime.LocalDate date)
        where TSink : struct, IReasonSink
    {
        var versions = recommendation.Versions;
        sink.Branch(versions.Count == 0 ? InGap : date < versions[0].Validity.Start ? BeforeFirst : date > versions[^1].Validity.End ? AfterLast : InGap);
        sink.Trace(Id, RuleOutcome.Failed, (recommendation, date), static a => Gap(a.recommendation, a.date));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseExpired<TSink>(ref ClaimState state, ref TSink sink, CreditRecommendation recommendation)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, RecommendationExpired, Id, (recommendation, state.AsOf), static a => [("ExhibitId", a.recommendation.ExhibitId), ("AsOf", Texts.Format(a.AsOf)), ("EndDate", Texts.Format(a.recommendation.Versions[^1].Validity.End))]);
        if (sink.Explains)
        {
            sink.Branch(RouteClosed);
            sink.Trace(Id, RuleOutcome.Failed, "no version in effect on or after the as-of date");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainOpen<TSink>(ref ClaimState state, ref TSink sink, int current)
        where TSink : struct, IReasonSink
    {
        sink.Branch(RouteOpen);
        var version = state.Route.Versions[current].Version;
        sink.Trace(Id, RuleOutcome.Skipped, version, static v => "no qualifying date yet; version " + Texts.Format(v.Number) + " valid until " + Texts.Format(v.Validity.End));
    }
}
