using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// Chooses the recommendation to evaluate: the course's recommendation from an evaluator the institution accepts, for a
/// course whose provider (by id or kind) the effective policy does not refuse. It also fixes the zone that turns exam
/// instants into dates (evaluator, institution or candidate).
/// </summary>
internal readonly struct SourceRule : IBuiltInClaimRule
{
    public const string Id = "institution.evaluator";

    private const string Summary = "Chooses the recommendation to evaluate: the course's recommendation from an evaluator the institution accepts, for a course whose provider (by id or kind) the effective policy does not refuse. It also fixes the zone that turns exam instants into dates (evaluator, institution or candidate).";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures, Branches = Branches };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleBranch ByEnrolmentDate = new("policy.by-enrolment-date", "institution policy selected by the program enrolment date");
    private static readonly RuleBranch ByAsOfDate = new("policy.by-as-of-date", "institution policy selected by the as-of date (no enrolment)");
    private static readonly RuleBranch ByCatalogYear = new("policy.by-catalog-year", "institution policy selected by the first day of the enrolment's catalog year");

    /// <summary>The date branches this rule distinguishes (raised where it decides them), for test kits' coverage.</summary>
    private static readonly RuleBranch[] Branches = [ByEnrolmentDate, ByAsOfDate, ByCatalogYear];

    private static readonly RuleCode NoRecommendation = Codes.Add(ReasonCode.NoRecommendation, Cure.NotWithinReach);
    private static readonly RuleCode NoPolicyInEffect = Codes.Add(ReasonCode.NoPolicyInEffect, Cure.NotWithinReach);
    private static readonly RuleCode EvaluatorNotAccepted = Codes.Add(ReasonCode.EvaluatorNotAccepted, Cure.NotWithinReach);
    private static readonly RuleCode NoPolicyForCatalogYear = Codes.Add(ReasonCode.NoPolicyForCatalogYear, Cure.NotWithinReach);
    private static readonly RuleCode ProviderRefused = Codes.Add(ReasonCode.ProviderRefused, Cure.NotWithinReach);

    /// <summary>Compiled once per route: the recommendation from the first accepted evaluator, else the first; and whether it is accepted.</summary>
    public static (CreditRecommendation? Chosen, bool Accepted) Compile(IReadOnlyList<CreditRecommendation> recommendations, InstitutionPolicy? policy)
    {
        if (recommendations.Count == 0)
        {
            return (null, false);
        }

        if (policy is not null)
        {
            foreach (var candidate in recommendations)
            {
                if (policy.AcceptedEvaluators.Contains(candidate.EvaluatorId, StringComparer.Ordinal))
                {
                    return (candidate, true);
                }
            }
        }

        return (recommendations[0], false);
    }

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (sink.Explains)
        {
            ExplainSelection(ref state, ref sink);
        }

        var route = state.Route;
        if (route.Recommendation is not { } chosen)
        {
            RaiseNoRecommendation(ref state, ref sink);

            return;
        }

        if (state.Policy is null && state.Selection.CatalogYear is { } catalogYear)
        {
            RaiseNoPolicyForCatalogYear(ref state, ref sink, catalogYear);

            return;
        }

        if (state.Policy is not { } policy)
        {
            RaiseNoPolicyInEffect(ref state, ref sink);

            return;
        }

        if (!route.Accepted)
        {
            RaiseEvaluatorNotAccepted(ref state, ref sink, policy, chosen);

            return;
        }

        if (route.ProviderRefused)
        {
            RaiseProviderRefused(ref state, ref sink, route, policy);

            return;
        }

        if (sink.Explains)
        {
            ExplainAccepted(ref state, ref sink, route, chosen);
        }
    }
    /// <summary>
    /// The effective settings of a program under a policy version as typed facts of the decision, each named by the scope
    /// that supplied it: the program when its own settings state it, else the institution policy version. Built once per
    /// program and version (<see cref="ProgramRoutes.Settings"/>) and shared by every explained decision under them.
    /// </summary>
    private static SettingSource[] BuildPolicySettings(InstitutionPolicy effective, DegreeProgram program)
    {
        var settings = new List<SettingSource>();
        void Add(List<SettingSource> target, PolicySetting setting, object? value)
        {
            if (value is not null)
            {
                target.Add(new SettingSource(setting, SettingScopes.Of(program, setting), effective.Id, program.Id, null, value));
            }
        }

        Add(settings, PolicySetting.AcceptedEvaluators, effective.AcceptedEvaluators);
        Add(settings, PolicySetting.AcceptedLevels, effective.AcceptedLevels);
        Add(settings, PolicySetting.MinimumScore, effective.MinimumScore);
        Add(settings, PolicySetting.Recency, effective.Recency);
        Add(settings, PolicySetting.Retakes, effective.Retakes);
        Add(settings, PolicySetting.Evidence, effective.Evidence);
        Add(settings, PolicySetting.Rounding, effective.Rounding);
        Add(settings, PolicySetting.QualifyingDateZone, program.Settings?.QualifyingDateZone);
        Add(settings, PolicySetting.RequireProviderFees, program.Settings?.RequireProviderFees);
        Add(settings, PolicySetting.LevelMappings, effective.LevelMappings.Count == 0 ? null : effective.LevelMappings);
        Add(settings, PolicySetting.RefusedProviders, effective.RefusedProviders);
        Add(settings, PolicySetting.RefundedFee, effective.RefundedFee == RefundedFeeTreatment.Blocking && program.Settings?.RefundedFee is null ? null : effective.RefundedFee);
        return [.. settings];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainSelection<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        // The policy version was selected once (PolicyVersionSelection, on the claim state): name how.
        sink.Branch(state.Selection.ByCatalogYear ? ByCatalogYear : state.Enrollment is null ? ByAsOfDate : ByEnrolmentDate);
        if (state.Policy is not null)
        {
            sink.Settings(state.Program.Settings(state.Selection.PolicyIndex, BuildPolicySettings));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNoRecommendation<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, NoRecommendation, Id, state.Course.Id, static id => [("CourseId", id)]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, "no recommendation");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNoPolicyForCatalogYear<TSink>(ref ClaimState state, ref TSink sink, CatalogYear catalogYear)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, NoPolicyForCatalogYear, Id, (state.Institution.Institution.Id, state.SelectionDate, catalogYear, state.Program.Program.Id), static a => [("InstitutionId", a.Item1), ("SelectionDate", Texts.Format(a.SelectionDate)), ("CatalogYear", a.catalogYear.ToString()), ("ProgramId", a.Item4)]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, catalogYear, static y => "no policy version for catalog year " + y);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNoPolicyInEffect<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, NoPolicyInEffect, Id, (state.Institution.Institution.Id, state.SelectionDate), static a => [("InstitutionId", a.Item1), ("SelectionDate", Texts.Format(a.SelectionDate))]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, "no policy version");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseEvaluatorNotAccepted<TSink>(ref ClaimState state, ref TSink sink, InstitutionPolicy policy, CreditRecommendation chosen)
        where TSink : struct, IReasonSink
    {
        var scope = SettingScopes.Of(state.Program.Program, PolicySetting.AcceptedEvaluators);
        state.Raise(ref sink, EvaluatorNotAccepted, Id, (policy, chosen, programId: state.Program.Program.Id, scope), static a => [SettingScopes.Arg("Scope", a.scope, a.policy.Id, a.programId), ("Accepted", string.Join(", ", a.policy.AcceptedEvaluators)), ("EvaluatorId", a.chosen.EvaluatorId)]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, chosen.EvaluatorId, static id => id + " not accepted");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseProviderRefused<TSink>(ref ClaimState state, ref TSink sink, RoutePlan route, InstitutionPolicy policy)
        where TSink : struct, IReasonSink
    {
        // The program's own refusal list, when it states one, replaced the institution's (ProgramSettings.ApplyTo): name that scope.
        var scope = SettingScopes.Of(state.Program.Program, PolicySetting.RefusedProviders);
        state.Raise(ref sink, ProviderRefused, Id, (route.Provider!, policy, programId: state.Program.Program.Id, scope), static a =>
        [
            ("ProviderId", a.Item1.Id),
            new ReasonArg("ProviderKind", a.Item1.Kind.ToString(), a.Item1.Kind),
            SettingScopes.Arg("Scope", a.scope, a.policy.Id, a.programId),
            ("Refused", a.policy.RefusedProviders!.ToString()),
        ]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Failed, route.Provider!.Id, static id => "provider " + id + " refused");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainAccepted<TSink>(ref ClaimState state, ref TSink sink, RoutePlan route, CreditRecommendation chosen)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, (chosen, state.Zone.Id, route.ZoneSource), static a => "exhibit " + a.chosen.ExhibitId + " by " + a.chosen.EvaluatorId + "; dates read in " + a.Id + " (" + a.ZoneSource + ")");
    }
}
