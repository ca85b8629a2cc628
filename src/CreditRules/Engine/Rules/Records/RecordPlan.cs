using System.Collections.Concurrent;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The compiled plan of a learner's whole record: the claim rules (<see cref="RulePlan"/>) over each claimed course, then
/// the record rules over the record, with any sink. The outcome-only path (<see cref="SummarySink"/>) and the explained
/// path (<see cref="ExplainSink"/>) run the same rules, so a claim's record-aware outcome, credits and reason set are the
/// same on both. Record policies are compiled once per institution, policy version and program (<see cref="RecordRoute"/>).
/// </summary>
/// <remarks>Immutable apart from its lazily compiled record routes; thread-safe.</remarks>
internal sealed class RecordPlan
{
    private readonly ConcurrentDictionary<(Institution Institution, int PolicyIndex, DegreeProgram Program), RecordRoute> _routes = new();

    /// <summary>
    /// Each record policy's equivalence keys by plan course index, filled on first use (<see cref="RecordRoute.EquivalenceKey"/>):
    /// one table per policy, shared by the routes of every program under it (the keys read the policy and the course only).
    /// </summary>
    private readonly ConcurrentDictionary<RecordPolicy, string?[]> _keys = new(ReferenceEqualityComparer.Instance);

    public RecordPlan(EligibilityEvaluator evaluator, IReadOnlyList<IRecordRule> hostRules)
    {
        Evaluator = evaluator;
        Claims = evaluator.Plan;
        HostRules = [.. hostRules.Select(r => new HostRecordRuleStep(r))];
    }

    public EligibilityEvaluator Evaluator { get; }

    /// <summary>The claim rules' plan.</summary>
    public RulePlan Claims { get; }

    public HostRecordRuleStep[] HostRules { get; }

    /// <summary>
    /// The built-in record rules in the order they run, after the claim rules: the one place the order is written.
    /// <see cref="Decide{TSink}"/> runs it and <see cref="Rules"/> (hence <see cref="RuleRegistry"/>, the docs and the
    /// test kit's coverage) lists it.
    /// </summary>
    private static
        RecordPipeline<WhatIfRule,
        RecordPipeline<PriorCreditDuplicateRule,
        RecordPipeline<RequestDuplicateRule,
        RecordPipeline<PrecedenceChainRule,
        RecordPipeline<ExamCreditPerYearRule,
        RecordPipeline<CapRule,
        RecordPipeline<RequirementAreaRule,
        RecordPipeline<LocalCreditsRule,
        RecordPipeline<ResidencyRule,
        RecordPipeline<PostingFeeRule,
        RecordPipeline<RecordExceptionRule,
        EndOfPipeline>>>>>>>>>>> Pipeline => default;

    /// <summary>The built-in record rules' descriptors, in the order <see cref="Decide{TSink}"/> runs them.</summary>
    public static IReadOnlyList<RuleDescriptor> Rules { get; } = Describe();

    private static List<RuleDescriptor> Describe()
    {
        var rules = new List<RuleDescriptor>();
        Pipeline.Describe(rules);
        return rules;
    }

    /// <summary>Runs the record rules, built-in then host, in order: the one pipeline of both paths.</summary>
    public void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (sink.Explains)
        {
            // Trace entries only (no reason), so ahead of the what-if rule, which raises reasons only.
            TraceInputs(ref record, ref sink);
        }

        Pipeline.Decide(ref record, ref sink);
        foreach (var rule in HostRules)
        {
            rule.Decide(ref record, ref sink);
        }
    }

    /// <summary>
    /// Checks the request's references, applies its hypothetical facts, and decides every claimed course with the claim
    /// rules, host claim rules included (explaining each when <paramref name="explain"/>).
    /// </summary>
    /// <exception cref="UnknownReferenceException">A course, the institution or the program is not loaded.</exception>
    public RecordState Start(RecordEvaluationRequest request, bool explain, RecordScratch? scratch = null)
    {
        var policies = Claims.Policies;
        var catalog = Claims.Catalog;
        var institution = policies.GetInstitutionOrNull(request.InstitutionId)
            ?? throw new UnknownReferenceException(nameof(request.InstitutionId), request.InstitutionId, "institution");
        var program = institution.GetProgramOrNull(request.ProgramId)
            ?? throw new UnknownReferenceException(nameof(request.ProgramId), request.ProgramId, "program of institution '" + institution.Id + "'");
        for (var i = 0; i < request.CourseIds.Count; i++)
        {
            if (catalog.GetCourseOrNull(request.CourseIds[i]) is null)
            {
                throw new UnknownReferenceException("CourseIds[" + Texts.Format(i) + "]", request.CourseIds[i], "course");
            }
        }

        for (var i = 0; i < request.Hypotheses.Count; i++)
        {
            if (request.Hypotheses[i].CourseId is { } courseId && catalog.GetCourseOrNull(courseId) is null)
            {
                throw new UnknownReferenceException("Hypotheses[" + Texts.Format(i) + "].CourseId", courseId, "course");
            }
        }

        var compiled = explain ? null : Compile(request, institution);
        var learner = compiled?.Learner ?? Hypothesis.Apply(request.Learner, request.Hypotheses, institution.TimeZone);
        var routes = Claims.RoutesOrNull(institution.Id)!;
        return Begin(request, compiled, learner, null, routes, routes.FindProgram(program.Id)!, explain, scratch);
    }

    /// <summary>
    /// The learner's record compiled once for every institution (<see cref="CreditExplorer"/>): valid for requests
    /// without hypotheses or an as-known-on date, whose facts do not depend on the institution.
    /// </summary>
    public CompiledRecord CompileForEveryInstitution(LearnerRecord learner) => new(this, learner, Claims.FactsAtEveryInstitution(learner));

    /// <summary>
    /// <see cref="Summarize(RecordEvaluationRequest, Span{DecisionSummary})"/> at an institution and program already
    /// resolved, with the learner compiled once (<see cref="CompileForEveryInstitution"/>) and the claimed courses' indexes
    /// resolved once: the same rules and the same claim start, without a per-target request, lookup or record build.
    /// For requests without hypotheses or an as-known-on date (their facts are the same everywhere).
    /// </summary>
    public RecordSummary Summarize(RecordEvaluationRequest request, CompiledRecord compiled, int[] courseIndexes, InstitutionRoutes institution, ProgramRoutes program, Span<DecisionSummary> claims) =>
        Summarize(request, compiled, courseIndexes, institution, program, claims, default, default);

    /// <summary>
    /// <see cref="Summarize(RecordEvaluationRequest, CompiledRecord, int[], InstitutionRoutes, ProgramRoutes, Span{DecisionSummary})"/>
    /// with the claims' start shared within one call (<see cref="CreditExplorer"/>): when <paramref name="decided"/> is not
    /// empty, each claim starts from the state the claim rules left for it at a program whose claims have the same inputs
    /// (the caller's guarantee: the same compiled routes, no program override, no enrolment, no exception, no host claim
    /// rule), instead of being decided again; else each is decided and, when <paramref name="capture"/> is not empty, the
    /// state the claim rules left is copied there (before the record rules add their reasons). The record rules always run.
    /// </summary>
    public RecordSummary Summarize(RecordEvaluationRequest request, CompiledRecord compiled, int[] courseIndexes, InstitutionRoutes institution, ProgramRoutes program, Span<DecisionSummary> claims, ReadOnlySpan<ClaimState> decided, Span<ClaimState> capture) =>
        Summarize(request, compiled, courseIndexes, institution, program, claims, decided, capture, null, null);

    /// <summary>
    /// <see cref="Summarize(RecordEvaluationRequest, CompiledRecord, int[], InstitutionRoutes, ProgramRoutes, Span{DecisionSummary}, ReadOnlySpan{ClaimState}, Span{ClaimState})"/>
    /// with what is the same for every target of one request found once by the caller (<see cref="CreditExplorer"/>): the
    /// learner's prior credit on or before the as-of date in order (<see cref="PriorOnOrBefore(LearnerRecord, NodaTime.LocalDate)"/>)
    /// and the record route of the program's selected policy version (<see cref="Route"/>); null for either looks it up here.
    /// </summary>
    public RecordSummary Summarize(RecordEvaluationRequest request, CompiledRecord compiled, int[] courseIndexes, InstitutionRoutes institution, ProgramRoutes program, Span<DecisionSummary> claims, ReadOnlySpan<ClaimState> decided, Span<ClaimState> capture, PriorCredit[]? prior, RecordRoute? route)
    {
        var scratch = RecordScratch.Rent();
        try
        {
            var record = Begin(request, compiled, compiled.Learner, courseIndexes, institution, program, explain: false, scratch, decided, capture, prior, route);
            return Finish(ref record, claims);
        }
        finally
        {
            scratch?.Return();
        }
    }

    /// <summary>The one claim start of both paths: the record route, and each claim decided by the claim rules.</summary>
    private RecordState Begin(RecordEvaluationRequest request, CompiledRecord? compiled, LearnerRecord learner, int[]? courseIndexes, InstitutionRoutes routes, ProgramRoutes programRoutes, bool explain, RecordScratch? scratch, ReadOnlySpan<ClaimState> decided = default, Span<ClaimState> capture = default, PriorCredit[]? prior = null, RecordRoute? route = null)
    {
        var institution = routes.Institution;
        var program = programRoutes.Program;
        route ??= Route(institution, PolicyVersionSelection.Select(institution, learner, program.Id, request.AsOf).PolicyIndex, program);
        var unit = institution.CreditUnit;
        var claims = scratch?.Claims(request.CourseIds.Count) ?? new RecordClaim[request.CourseIds.Count];

        // The policy version selection reads the learner, institution, program and as-of date, no course: made once for
        // every claim decided here (on the facts that stand, as each claim's start reads them).
        var selection = explain || decided.Length != 0 ? default : PolicyVersionSelection.Select(institution, compiled!.Facts.Learner, program.Id, request.AsOf);
        for (var i = 0; i < claims.Length; i++)
        {
            ref var claim = ref claims[i];
            var courseId = request.CourseIds[i];
            if (explain)
            {
                var claimRequest = new EvaluationRequest(learner, courseId, institution.Id, program.Id, request.AsOf, request.AsKnownOn);
                var decision = Claims.Explain(claimRequest, Evaluator.DataVersion, out claim.State);
                Diagnostics.CreditRulesDiagnostics.RecordDecision(decision.Outcome);
                claim.Request = claimRequest;
                claim.Decision = decision;
                claim.Explanation = new Explanation(null);
            }
            else if (decided.Length != 0)
            {
                claim.State = decided[i];
            }
            else
            {
                var courseIndex = courseIndexes?[i] ?? Claims.CourseIndexOfCourse(courseId);
                claim.State = new ClaimState(compiled!.Facts, request.AsOf, courseIndex, routes, programRoutes, request.AsKnownOn, ClaimRoute.Resolve(selection, request.AsOf, courseIndex, routes, programRoutes));
                var none = default(SummarySink);
                Claims.Decide(ref claim.State, ref none);
                if (capture.Length != 0)
                {
                    capture[i] = claim.State;
                }
            }

            claim.Key = courseIndexes is null ? route.Rules?.GetEquivalenceKeyOrNull(courseId) : route.EquivalenceKey(courseIndexes[i], courseId);
            claim.Level = claim.State.GrantedLevel ?? CreditLevel.LowerDivision;
            claim.Need = claim.State.Outcome == DecisionOutcome.Eligible ? claim.State.CreditsGranted : CreditAmount.Zero(unit);
        }

        return new RecordState(this, request, learner, institution, program, claims, prior ?? PriorOnOrBefore(learner, request.AsOf, scratch), route, scratch);
    }

    /// <summary>The record policy of a program under a policy version (index in <see cref="Institution.Policies"/>, or -1 for none), compiled once per plan.</summary>
    public RecordRoute Route(Institution institution, int policyIndex, DegreeProgram program) =>
        _routes.GetOrAdd((institution, policyIndex, program), static (key, plan) => plan.NewRoute(key.Institution, key.PolicyIndex < 0 ? null : key.Institution.Policies[key.PolicyIndex], key.Program), this);

    private RecordRoute NewRoute(Institution institution, InstitutionPolicy? policy, DegreeProgram program) =>
        new(institution, program, policy, policy?.RecordPolicy is { } rules ? _keys.GetOrAdd(rules, static (_, count) => new string?[count], Claims.Catalog.Courses.Count) : null);

    /// <summary>The learner's prior credit dated on or before the as-of date, by date then id, in an array of its own: the same at every institution.</summary>
    public static PriorCredit[] PriorOnOrBefore(LearnerRecord learner, NodaTime.LocalDate asOf) => PriorOnOrBefore(learner, asOf, null);

    /// <summary>
    /// The request's learner with its hypothetical facts applied and in compact form, built once per request and plan
    /// (like <see cref="CreditClaim"/>'s compiled claim): every claim of the record shares it.
    /// </summary>
    private CompiledRecord Compile(RecordEvaluationRequest request, Institution institution)
    {
        if (Volatile.Read(ref request.Compiled) is { } cached && ReferenceEquals(cached.Plan, this))
        {
            return cached;
        }

        // Two threads may build the same record; both are equal and the last one stays.
        var learner = Hypothesis.Apply(request.Learner, request.Hypotheses, institution.TimeZone);
        var built = new CompiledRecord(this, learner, Claims.FactsFor(learner, institution.Id, request.AsKnownOn));
        Volatile.Write(ref request.Compiled, built);
        return built;
    }

    /// <summary>Decides a whole record with every reason, next step and trace entry.</summary>
    public RecordDecision Explain(RecordEvaluationRequest request)
    {
        var record = Start(request, explain: true);
        var explanation = new Explanation(null);
        var sink = new ExplainSink(explanation);
        Decide(ref record, ref sink);
        var claims = record.Claims;
        var awards = new List<CourseAward>(claims.Length);
        foreach (var i in record.Ranked().Concat(Enumerable.Range(0, claims.Length).Where(i => claims[i].Rank == 0)))
        {
            ref var claim = ref claims[i];
            var outcome = claim.Outcome;
            var decision = claim.Decision!;
            var granted = claim.Granted(record.Unit);
            var reasons = claim.Explanation!.Reasons.ToArray();
            NextStep[] steps = outcome == DecisionOutcome.Incomplete ? [.. decision.NextSteps, .. claim.Explanation.NextSteps] : [];
            var recordAware = new Decision(
                outcome,
                claim.Request!,
                decision.PolicyVersion,
                decision.ExhibitId,
                decision.RecommendationVersion,
                decision.QualifyingDate,
                decision.QualifyingZone,
                decision.QualifyingZoneSource,
                decision.CreditsRecommended,
                granted,
                decision.Rounding,
                [.. decision.Reasons, .. reasons],
                steps,
                decision.Trace,
                decision.DataVersion,
                decision.GrantedLines,
                decision.PolicySelection,
                decision.AttemptDates,
                decision.Recency,
                [.. decision.Settings, .. RecordSettings(ref record, i)],
                decision.DateBranches);
            awards.Add(new CourseAward(decision, outcome, claim.Allocated, granted, claim.Elective, claim.Rank > 0 ? claim.Rank : null, claim.Key, reasons, steps, recordAware, claim.AreaSlot > 0 ? record.Route.Areas[claim.AreaSlot - 1].Area.Id : null, claim.AreaSlot > 0 ? record.Route.Areas[claim.AreaSlot - 1].Scope : null));
        }

        var caps = new CapUsage[record.Route.Caps.Length];
        for (var c = 0; c < caps.Length; c++)
        {
            caps[c] = new CapUsage(record.Route.Caps[c], record.Limits[c], record.CapPosted[c], record.CapGranted[c]);
        }

        return new RecordDecision(request, record.PolicyVersion, record.Rules?.Id, record.Unit, awards, record.PostedPriorCredit(), caps, record.ResidencyOutstanding, record.PostingFeeDue, explanation.Reasons.ToArray(), explanation.Trace.ToArray());
    }

    /// <summary>
    /// The record settings that apply to one claim, each named by the scope that supplied it (explained path only): the caps
    /// covering it, partial awards, overflow to electives, the conversion of prior credit and the setting of the area its
    /// credit lands in. Program scope when the program's record settings state it, else the institution's policy version.
    /// </summary>
    private static List<SettingSource> RecordSettings(ref RecordState record, int claim)
    {
        var settings = new List<SettingSource>();
        if (record.Rules is null)
        {
            return settings;
        }

        var route = record.Route;
        var policyId = record.PolicyVersion;
        var programId = record.Program.Id;
        static SettingScope Of(AreaSettingScope scope) => scope == AreaSettingScope.Program ? SettingScope.Program : SettingScope.InstitutionPolicy;
        for (var c = 0; c < route.Caps.Length; c++)
        {
            if (route.Caps[c].Covers(PriorCreditSource.PriorLearning, record.Claims[claim].Level))
            {
                settings.Add(new SettingSource(PolicySetting.Cap, Of(route.CapScopes[c]), policyId, programId, null, route.Caps[c]));
            }
        }

        settings.Add(new SettingSource(PolicySetting.AllowPartialAwards, Of(route.AllowPartialAwards.Scope), policyId, programId, null, route.AllowPartialAwards.Value));
        settings.Add(new SettingSource(PolicySetting.OverflowToElectives, Of(route.OverflowToElectives.Scope), policyId, programId, null, route.OverflowToElectives.Value));
        settings.Add(new SettingSource(PolicySetting.PriorCreditConversion, Of(route.PriorCreditConversion.Scope), policyId, programId, null, route.PriorCreditConversion.Value));
        if (record.Claims[claim].AreaSlot > 0 && route.Areas[record.Claims[claim].AreaSlot - 1] is { Setting: { } area, Scope: { } scope })
        {
            settings.Add(new SettingSource(PolicySetting.AreaLimit, Of(scope), policyId, programId, null, area));
        }

        return settings;
    }

    /// <summary>
    /// Decides a whole record outcome-only with the same rules: each claim's record-aware summary into
    /// <paramref name="claims"/> (in the request's course order), the record's totals returned.
    /// </summary>
    public RecordSummary Summarize(RecordEvaluationRequest request, Span<DecisionSummary> claims)
    {
        // This thread's buffers (claims, prior credit, caps' totals, index lists): a warmed thread allocates nothing.
        var scratch = RecordScratch.Rent();
        try
        {
            var record = Start(request, explain: false, scratch);
            return Finish(ref record, claims);
        }
        finally
        {
            scratch?.Return();
        }
    }

    /// <summary>Runs the record rules outcome-only and writes each claim's summary: the one ending of both outcome-only entries.</summary>
    private RecordSummary Finish(ref RecordState record, Span<DecisionSummary> claims)
    {
        {
            var sink = default(SummarySink);
            Decide(ref record, ref sink);
            var granted = CreditAmount.Zero(record.Unit);
            for (var i = 0; i < record.Claims.Length; i++)
            {
                ref var claim = ref record.Claims[i];
                var credits = claim.Granted(record.Unit);
                granted = granted.Plus(credits);
                claims[i] = new DecisionSummary(claim.Outcome, credits, new ReasonMask(claim.State.Reasons));
            }

            return new RecordSummary(record.Claims.Length, granted, record.PostedPriorCredit(), record.ResidencyOutstanding, record.PostingFeeDue, new ReasonMask(record.Reasons));
        }
    }

    private static PriorCredit[] PriorOnOrBefore(LearnerRecord learner, NodaTime.LocalDate asOf, RecordScratch? scratch)
    {
        var all = learner.PriorCredits;
        var count = 0;
        for (var i = 0; i < all.Count; i++)
        {
            count += all[i].Date <= asOf ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var prior = scratch?.Prior(count) ?? new PriorCredit[count];
        count = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Date <= asOf)
            {
                prior[count++] = all[i];
            }
        }

        // Insertion sort (by date, then id): few prior credits, and no comparer to allocate.
        for (var i = 1; i < prior.Length; i++)
        {
            var item = prior[i];
            var j = i - 1;
            while (j >= 0 && (prior[j].Date != item.Date ? prior[j].Date.CompareTo(item.Date) : string.CompareOrdinal(prior[j].Id, item.Id)) > 0)
            {
                prior[j + 1] = prior[j];
                j--;
            }

            prior[j + 1] = item;
        }
        return prior;
    }

    private static void TraceInputs<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var prior = record.Prior;
        var institutionId = record.Institution.Id;
        sink.Trace(
            "record.inputs",
            RuleOutcome.Passed,
            Texts.Format(record.Request.CourseIds.Count) + " course(s) claimed; " + Texts.Format(prior.Length) + " prior credit(s) on or before "
                + Texts.Format(record.AsOf) + " (" + Texts.Format(prior.Count(p => p.IsPostedAt(institutionId) && !p.IsInResidenceAt(institutionId))) + " posted external, "
                + Texts.Format(prior.Count(p => p.IsInResidenceAt(institutionId))) + " in residence here); " + Texts.Format(record.Request.Hypotheses.Count) + " hypothetical fact(s)");
        if (record.Rules is null)
        {
            sink.Trace("record.policy", RuleOutcome.NotApplicable, "policy " + (record.PolicyVersion ?? "(none)") + " has no record policy: no caps, duplicate, precedence or posting rules");
        }
        else
        {
            sink.Trace("record.policy", RuleOutcome.Passed, "record policy " + record.Rules.Id + " of policy " + record.PolicyVersion);
        }
    }
}

/// <summary>A record request's learner with its hypothetical facts applied, compiled against one plan. Immutable.</summary>
internal sealed class CompiledRecord(RecordPlan plan, LearnerRecord learner, LearnerFacts facts)
{
    public RecordPlan Plan { get; } = plan;

    public LearnerRecord Learner { get; } = learner;

    public LearnerFacts Facts { get; } = facts;
}
