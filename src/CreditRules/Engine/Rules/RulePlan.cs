using System.Collections.Concurrent;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>
/// A catalog, a policy set and rules compiled once: lookups by id, and per institution, policy version and course a
/// <see cref="RoutePlan"/> built on first use. Runs the one pipeline of rules for a claim with any sink: the
/// outcome-only path (<see cref="SummarySink"/>) and the explained path (<see cref="ExplainSink"/>) execute the same code.
/// </summary>
/// <remarks>Immutable apart from its lazily built routes and zone tables; thread-safe.</remarks>
internal sealed class RulePlan
{
    /// <summary>
    /// The built-in claim rules in the order they run: the one place the order is written. <see cref="Decide{TSink}"/>
    /// runs it and <see cref="Rules"/> (hence <see cref="RuleRegistry"/>, the docs and the test kit's coverage) lists it.
    /// </summary>
    private static
        ClaimPipeline<SourceRule,
        ClaimPipeline<VerifiedTrackRule,
        ClaimPipeline<CompletionRule,
        ClaimPipeline<IdentityRule,
        ClaimPipeline<ExamRule,
        ClaimPipeline<VersionRule,
        ClaimPipeline<FeeRule,
        ClaimPipeline<EvidenceRule,
        ClaimPipeline<ProgramOverrideRule,
        ClaimPipeline<LevelRule,
        ClaimPipeline<MinimumScoreRule,
        ClaimPipeline<RecencyRule,
        ClaimPipeline<CreditRule,
        ClaimPipeline<ExceptionRule,
        EndOfPipeline>>>>>>>>>>>>>> Pipeline => default;

    /// <summary>The built-in claim rules' descriptors, in the order <see cref="Decide{TSink}"/> runs them (first of the static fields: the others derive from it).</summary>
    public static IReadOnlyList<RuleDescriptor> Rules { get; } = Describe();

    private static List<RuleDescriptor> Describe()
    {
        var rules = new List<RuleDescriptor>();
        Pipeline.Describe(rules);
        return rules;
    }

    private readonly Dictionary<string, int> _courses;
    private readonly Dictionary<string, int> _sessions;
    private readonly Dictionary<string, InstitutionRoutes> _institutions;
    private readonly ConcurrentDictionary<DateTimeZone, ZoneTable> _zones = new(ReferenceEqualityComparer.Instance);
    private readonly Func<DateTimeZone, ZoneTable> _newTable = static z => new ZoneTable(z);

    public RulePlan(Catalog catalog, PolicySet policies, IReadOnlyList<IEligibilityRule> hostRules)
    {
        Catalog = catalog;
        Policies = policies;
        _courses = new Dictionary<string, int>(catalog.Courses.Count, StringComparer.Ordinal);
        for (var i = 0; i < catalog.Courses.Count; i++)
        {
            _courses.Add(catalog.Courses[i].Id, i);
        }

        // Plain dictionaries: frozen ones read a little faster but cost far more to build, and a plan must be cheap to compile.
        _sessions = new Dictionary<string, int>(catalog.Sessions.Count, StringComparer.Ordinal);
        foreach (var session in catalog.Sessions)
        {
            _sessions.Add(session.Id, _courses[session.CourseId]);
        }

        // Loops rather than ToDictionary/Select with lambdas: fewer methods for the JIT when the first plan is compiled.
        _institutions = new Dictionary<string, InstitutionRoutes>(policies.Institutions.Count, StringComparer.Ordinal);
        for (var i = 0; i < policies.Institutions.Count; i++)
        {
            _institutions.Add(policies.Institutions[i].Id, new InstitutionRoutes(this, policies.Institutions[i]));
        }

        HostRules = new HostRuleStep[hostRules.Count];
        for (var i = 0; i < HostRules.Length; i++)
        {
            HostRules[i] = new HostRuleStep(hostRules[i]);
        }
    }

    public Catalog Catalog { get; }

    public PolicySet Policies { get; }

    /// <summary>The built-in claim rules, in the order they run.</summary>
    public static IReadOnlyList<string> BuiltInRuleIds => RuleRegistry.ClaimRuleIds;

    public HostRuleStep[] HostRules { get; }

    public ZoneTable ZoneTable(DateTimeZone zone) => _zones.GetOrAdd(zone, _newTable);

    /// <summary>The index of the course a session belongs to, or -1.</summary>
    public int CourseIndexOf(string sessionId) => _sessions.TryGetValue(sessionId, out var index) ? index : -1;

    /// <summary>The index of a course, or -1.</summary>
    public int CourseIndexOfCourse(string courseId) => _courses.TryGetValue(courseId, out var index) ? index : -1;

    /// <summary>
    /// A claim resolved against this plan (course index, institution and program routes) with its learner's record in
    /// compact form, built (ids resolved, the record's references checked) once per claim and kept in
    /// <paramref name="cache"/>; a cache built by another plan is replaced. Throws the precise exception for an invalid claim.
    /// </summary>
    public CompiledClaim Compile(CreditClaim claim, ref CompiledClaim? cache, LocalDate asOf, LocalDate? asKnownOn = null)
    {
        var cached = Volatile.Read(ref cache);
        if (cached is not null && ReferenceEquals(cached.Facts.Plan, this) && cached.AsOf == asOf && cached.AsKnownOn == asKnownOn)
        {
            return cached;
        }

        // Two threads may build the same claim; both are equal and the last one stays.
        var (courseIndex, institution, program) = Resolve(claim.CourseId, claim.InstitutionId, claim.ProgramId);
        var standing = FactsThatStand(claim.Learner, institution, asKnownOn);
        var route = ClaimRoute.Resolve(standing, asOf, courseIndex, institution, program);
        var facts = LearnerFacts.Build(this, standing, route.Route.Zone);
        var built = new CompiledClaim(facts, courseIndex, institution, program, asOf, asKnownOn, route);
        Volatile.Write(ref cache, built);
        return built;
    }

    /// <summary>
    /// Compiles many claims for one as-of date with their learners' compact records in ONE shared <see cref="FactArena"/>,
    /// each record's facts next to the previous one's (a claim whose learner and institution are the previous claim's
    /// shares its record). Checks every claim as <see cref="Compile"/> does, before building any record.
    /// </summary>
    /// <exception cref="ArgumentException">A claim is null (the message names its index).</exception>
    /// <exception cref="UnknownReferenceException">A claim or its learner's record names a course, session, institution or program that is not loaded.</exception>
    /// <exception cref="InvalidLearnerDataException">A learner's exception names a rule it cannot waive.</exception>
    public CompiledClaim[] CompileAll(ReadOnlySpan<CreditClaim> claims, LocalDate asOf, LocalDate? asKnownOn)
    {
        var resolved = new (int CourseIndex, InstitutionRoutes Institution, ProgramRoutes Program)[claims.Length];
        var records = new LearnerRecord[claims.Length];
        var arena = new FactArena();
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i] ?? throw new ArgumentException("claims[" + Texts.Format(i) + "] is null.", nameof(claims));
            resolved[i] = Resolve(claim.CourseId, claim.InstitutionId, claim.ProgramId);
            if (i > 0 && SharesRecord(claims[i - 1], claim))
            {
                continue;
            }

            records[i] = FactsThatStand(claim.Learner, resolved[i].Institution, asKnownOn);
            arena.Add(records[i]);
        }

        arena.Allocate();
        var compiled = new CompiledClaim[claims.Length];
        LearnerFacts? facts = null;
        for (var i = 0; i < claims.Length; i++)
        {
            var (courseIndex, institution, program) = resolved[i];
            var route = ClaimRoute.Resolve(records[i] ?? facts!.Learner, asOf, courseIndex, institution, program);
            if (records[i] is { } record)
            {
                // The record's exam attempts dated once in the zone of the route it is first decided on (most claims sharing it read dates there too).
                facts = LearnerFacts.Build(this, record, arena, route.Route.Zone);
            }

            compiled[i] = new CompiledClaim(facts!, courseIndex, institution, program, asOf, asKnownOn, route);
        }

        return compiled;
    }

    /// <summary>Whether a claim's learner record (the facts that stand at its institution) is the previous claim's.</summary>
    private static bool SharesRecord(CreditClaim previous, CreditClaim claim) =>
        ReferenceEquals(previous.Learner, claim.Learner) && string.Equals(previous.InstitutionId, claim.InstitutionId, StringComparison.Ordinal);

    /// <summary>Resolves a claim's ids and checks the learner's references; throws the precise exception for an invalid claim.</summary>
    public ClaimState Start(LearnerRecord learner, string courseId, string institutionId, string programId, LocalDate asOf, LocalDate? asKnownOn = null)
    {
        var (courseIndex, institution, program) = Resolve(courseId, institutionId, programId);
        return new ClaimState(LearnerFacts.Build(this, FactsThatStand(learner, institution, asKnownOn), ZoneTable(institution.Institution.TimeZone)), asOf, courseIndex, institution, program, asKnownOn);
    }

    /// <summary>A learner's compact record for claims at one institution (the facts that stand, as known on a date when given): one build serves every claim of a record.</summary>
    public LearnerFacts FactsFor(LearnerRecord learner, string institutionId, LocalDate? asKnownOn)
    {
        var institution = _institutions.GetValueOrDefault(institutionId) ?? throw UnknownInstitution(institutionId);
        return LearnerFacts.Build(this, FactsThatStand(learner, institution, asKnownOn), ZoneTable(institution.Institution.TimeZone));
    }

    /// <summary>A learner's compact record of every fact that stands (no as-known-on date): the same at every institution, so one build serves a learner's claims everywhere (<see cref="CreditExplorer"/>).</summary>
    public LearnerFacts FactsAtEveryInstitution(LearnerRecord learner) => LearnerFacts.Build(this, FactsThatStand(learner, null, null), null);

    /// <summary>An institution's compiled routes, or null when it is not loaded.</summary>
    public InstitutionRoutes? RoutesOrNull(string institutionId) => _institutions.GetValueOrDefault(institutionId);

    /// <summary>Starts a claim from a learner's compact record built for its institution (<see cref="FactsFor"/>); throws the precise exception for an unknown id.</summary>
    public ClaimState Start(LearnerFacts facts, string courseId, string institutionId, string programId, LocalDate asOf, LocalDate? asKnownOn = null)
    {
        var (courseIndex, institution, program) = Resolve(courseId, institutionId, programId);
        return new ClaimState(facts, asOf, courseIndex, institution, program, asKnownOn);
    }

    /// <summary>
    /// The facts that stand: as known on a date (read in the institution's zone), else all but the superseded ones; the
    /// learner's exceptions checked (they may only waive built-in claim rules).
    /// </summary>
    private static LearnerRecord FactsThatStand(LearnerRecord learner, InstitutionRoutes? institution, LocalDate? asKnownOn)
    {
        ValidateExceptions(learner);
        return asKnownOn is { } known ? learner.AsKnownOn(known, institution!.Institution.TimeZone) : learner.Standing;
    }

    /// <summary>The rules an exception may waive: every built-in claim rule but the exception rule itself.</summary>
    private static readonly HashSet<string> WaivableRules = new(Rules.Select(r => r.Id).Where(id => id != ExceptionRule.Id), StringComparer.Ordinal);

    private static void ValidateExceptions(LearnerRecord learner)
    {
        for (var i = 0; i < learner.Exceptions.Count; i++)
        {
            if (learner.Exceptions[i].RuleId is { } rule && !WaivableRules.Contains(rule))
            {
                throw NotWaivable(learner, i, rule);
            }
        }
    }

    // Out of line (as the throw helpers below): the first decision compiles only the checks, not the messages.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static InvalidLearnerDataException NotWaivable(LearnerRecord learner, int index, string rule) =>
        new(
            "Learner '" + learner.LearnerId + "' Exceptions[" + Texts.Format(index) + "].RuleId",
            rule,
            "'" + rule + "' is not a built-in rule an exception can waive; give one of " + string.Join(", ", RuleRegistry.ClaimRuleIds.Where(WaivableRules.Contains)) + ".");

    private (int CourseIndex, InstitutionRoutes Institution, ProgramRoutes Program) Resolve(string courseId, string institutionId, string programId)
    {
        if (!_courses.TryGetValue(courseId, out var courseIndex))
        {
            throw UnknownCourse(courseId);
        }

        var institution = _institutions.GetValueOrDefault(institutionId) ?? throw UnknownInstitution(institutionId);
        var program = institution.FindProgram(programId) ?? throw UnknownProgram(programId, institution);
        return (courseIndex, institution, program);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static UnknownReferenceException UnknownCourse(string courseId) =>
        new(nameof(EvaluationRequest.CourseId), courseId, "course");

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static UnknownReferenceException UnknownInstitution(string institutionId) =>
        new(nameof(EvaluationRequest.InstitutionId), institutionId, "institution");

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static UnknownReferenceException UnknownProgram(string programId, InstitutionRoutes institution) =>
        new(nameof(EvaluationRequest.ProgramId), programId, "program of institution '" + institution.Institution.Id + "'");

    /// <summary>Runs every rule, built-in then host, over one claim: the one pipeline of both paths.</summary>
    public void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        Pipeline.Decide(ref state, ref sink);
        foreach (var rule in HostRules)
        {
            rule.Decide(ref state, ref sink);
        }
    }

    /// <summary>Decides a claim with every reason, next step and trace entry.</summary>
    public Decision Explain(EvaluationRequest request, string? dataVersion) => Explain(request, dataVersion, out _);

    /// <summary>Decides a claim with every reason, next step and trace entry, and hands back the state the rules left (the record rules go on from it).</summary>
    public Decision Explain(EvaluationRequest request, string? dataVersion, out ClaimState state)
    {
        state = Start(request.Learner, request.CourseId, request.InstitutionId, request.ProgramId, request.AsOf, request.AsKnownOn);
        return Explain(ref state, request, dataVersion);
    }

    /// <summary>
    /// Decides a compiled claim with every reason, next step and trace entry: its learner's compact record and route were
    /// built once (<see cref="Compile"/>), as the outcome-only path reads them, instead of again for every explanation.
    /// </summary>
    public Decision Explain(CompiledClaim claim, EvaluationRequest request, string? dataVersion)
    {
        var state = new ClaimState(claim);
        return Explain(ref state, request, dataVersion);
    }

    private Decision Explain(ref ClaimState state, EvaluationRequest request, string? dataVersion)
    {
        // Host rules see the reasons list while they run (RuleContext.Reasons) and may keep it: a fresh explanation then.
        var pooled = HostRules.Length == 0;
        var explanation = pooled ? Explanation.Rent(request) : new Explanation(request);
        var sink = new ExplainSink(explanation);
        Decide(ref state, ref sink);
        var outcome = state.Outcome;
        var unit = state.Institution.Institution.CreditUnit;
        var route = state.Route;
        var accepted = explanation.AcceptedLines;
        var granted = accepted.Count == 0 ? [] : new GrantedLine[accepted.Count];
        for (var i = 0; i < granted.Length; i++)
        {
            granted[i] = new GrantedLine(accepted[i].Line, accepted[i].Level, unit);
        }

        var decision = new Decision(
            outcome,
            request,
            state.PolicyVersion,
            route.Recommendation?.ExhibitId,
            state.Version?.Version.Number,
            state.QualifyingDate,
            state.DecisionZone,
            route.ZoneSource,
            state.CreditsRecommended,
            outcome == DecisionOutcome.Eligible ? state.CreditsGranted : CreditAmount.Zero(unit),
            route.Rounding,
            explanation.Reasons.ToArray(),
            outcome == DecisionOutcome.Incomplete ? explanation.NextSteps.ToArray() : [],
            explanation.Trace.ToArray(),
            dataVersion,
            granted,
            state.Selection,
            explanation.AttemptDates.ToArray(),
            explanation.Recency,
            explanation.Settings.ToArray(),
            explanation.Branches.ToArray());
        if (pooled)
        {
            explanation.Return();
        }

        return decision;
    }

    /// <summary>Decides a claim outcome-only with the same rules, host rules included; allocates nothing for a valid claim without host rules.</summary>
    public DecisionSummary Summarize(CompiledClaim claim)
    {
        // Constructed in place (no initializer): a copy of the state struct costs a bulk write barrier per claim.
        var state = new ClaimState(claim);
        var sink = default(SummarySink);
        Decide(ref state, ref sink);
        var outcome = state.Outcome;
        return new DecisionSummary(
            outcome,
            outcome == DecisionOutcome.Eligible ? state.CreditsGranted : claim.Institution.Zero,
            new ReasonMask(state.Reasons));
    }
}

/// <summary>
/// A claim resolved against one plan for one as-of date: its learner's compact record, course index, institution and
/// program, and its policy version, route and as-of cut-off (<see cref="ClaimRoute"/>). Immutable.
/// </summary>
internal sealed class CompiledClaim(LearnerFacts facts, int courseIndex, InstitutionRoutes institution, ProgramRoutes program, LocalDate asOf, LocalDate? asKnownOn, ClaimRoute resolved)
{
    public LearnerFacts Facts { get; } = facts;

    /// <summary>The as-of date <see cref="Resolved"/> was resolved for.</summary>
    public LocalDate AsOf { get; } = asOf;

    /// <summary>The policy version, route and as-of cut-off, resolved once.</summary>
    public ClaimRoute Resolved { get; } = resolved;

    /// <summary>The as-known-on date the facts were filtered by, or null (every fact that stands).</summary>
    public LocalDate? AsKnownOn { get; } = asKnownOn;

    public int CourseIndex { get; } = courseIndex;

    public InstitutionRoutes Institution { get; } = institution;

    public ProgramRoutes Program { get; } = program;
}

/// <summary>
/// One institution: its programs (with their overrides and effective settings) and a route per (settings scope, policy
/// version or none, course), built on first use. Programs that state no settings share the institution's routes.
/// </summary>
internal sealed class InstitutionRoutes
{
    private readonly RulePlan _plan;
    private readonly RoutePlan?[] _routes;
    private readonly ProgramRoutes[] _programs;
    private readonly int _policies;
    private readonly int _courses;

    public InstitutionRoutes(RulePlan plan, Institution institution)
    {
        _plan = plan;
        Institution = institution;
        var scopes = 1;
        _programs = [.. institution.Programs.Select(p => new ProgramRoutes(p, institution, p.Settings is null ? 0 : scopes++))];
        _policies = institution.Policies.Count;
        _courses = plan.Catalog.Courses.Count;
        _routes = new RoutePlan?[scopes * (_policies + 1) * _courses];
        Zero = CreditAmount.Zero(institution.CreditUnit);
    }

    public Institution Institution { get; }

    /// <summary>No credit, in the institution's unit.</summary>
    public CreditAmount Zero { get; }

    public ProgramRoutes? FindProgram(string id)
    {
        foreach (var program in _programs)
        {
            if (string.Equals(program.Program.Id, id, StringComparison.Ordinal))
            {
                return program;
            }
        }

        return null;
    }

    /// <summary>The route of a course under a program's effective settings for a policy version (index in <see cref="Institution.Policies"/>, or -1 for none).</summary>
    public RoutePlan Route(ProgramRoutes program, int policyIndex, int courseIndex)
    {
        var index = (((program.Scope * (_policies + 1)) + policyIndex + 1) * _courses) + courseIndex;
        return Volatile.Read(ref _routes[index]) ?? Build(program, policyIndex, courseIndex, index);
    }

    private RoutePlan Build(ProgramRoutes program, int policyIndex, int courseIndex, int index)
    {
        // Two threads may build the same route; both are equal and one wins.
        var route = new RoutePlan(_plan, _plan.Catalog.Courses[courseIndex], Institution, program.EffectivePolicy(policyIndex));
        return Interlocked.CompareExchange(ref _routes[index], route, null) ?? route;
    }
}

/// <summary>
/// One degree program with its overrides, each with its per-course limit converted to the institution's unit once, and
/// its effective settings under each institution policy version, resolved once (<see cref="ProgramSettings.ApplyTo"/>).
/// </summary>
internal sealed class ProgramRoutes
{
    private readonly InstitutionPolicy[] _effective;
    private readonly SettingSource[]?[] _settings;

    public ProgramRoutes(DegreeProgram program, Institution institution, int scope)
    {
        Program = program;
        Scope = scope;
        Overrides = [.. program.Overrides];

        // A plain loop, not LINQ: this runs on the process's first decision, where a Select costs its JIT time.
        var limits = new CreditAmount?[Overrides.Length];
        for (var i = 0; i < limits.Length; i++)
        {
            limits[i] = Overrides[i].MaxCreditsPerCourse?.ConvertTo(institution.CreditUnit);
        }

        Limits = limits;
        _effective = program.Settings is { } settings ? [.. institution.Policies.Select(settings.ApplyTo)] : [.. institution.Policies];
        _settings = new SettingSource[]?[institution.Policies.Count];
    }

    public DegreeProgram Program { get; }

    /// <summary>The program's slot among the institution's route scopes: 0 when it states no settings (the institution's routes).</summary>
    public int Scope { get; }

    public ProgramOverride[] Overrides { get; }

    /// <summary>Each override's <see cref="ProgramOverride.MaxCreditsPerCourse"/> in the institution's unit, by index.</summary>
    public CreditAmount?[] Limits { get; }

    /// <summary>The effective settings under a policy version (index in <see cref="Institution.Policies"/>), or null for -1.</summary>
    public InstitutionPolicy? EffectivePolicy(int policyIndex) => policyIndex < 0 ? null : _effective[policyIndex];

    /// <summary>
    /// What the effective settings under a policy version (index in <see cref="Institution.Policies"/>) supply to this
    /// program, as an explanation lists them: built by <paramref name="build"/> on first use and shared by every explained
    /// decision under them (the entries are immutable).
    /// </summary>
    public SettingSource[] Settings(int policyIndex, Func<InstitutionPolicy, DegreeProgram, SettingSource[]> build)
    {
        if (Volatile.Read(ref _settings[policyIndex]) is { } known)
        {
            return known;
        }

        // Two threads may build them at once; both are equal and one is kept.
        var built = build(_effective[policyIndex], Program);
        return Interlocked.CompareExchange(ref _settings[policyIndex], built, null) ?? built;
    }
}

/// <summary>One recommendation version as one institution sees it: each line's credits in the institution's unit, the total.</summary>
internal sealed class VersionPlan
{
    public VersionPlan(RecommendationVersion version, CreditUnit unit, InstitutionPolicy? policy, RoundingPolicy rounding)
    {
        Version = version;
        Lines = [.. version.Lines];
        LineCredits = [.. version.Lines.Select(l => l.Credits.ConvertTo(unit))];
        var total = CreditAmount.Zero(unit);
        foreach (var credits in LineCredits)
        {
            total = total.Plus(credits);
        }

        Recommended = total;
        AnyOtherUnit = version.Lines.Any(l => l.Credits.Unit != unit);
        Rounding = rounding;

        // The level rule's answer when no program override restricts levels (most claims), computed once.
        if (policy is not null)
        {
            var scope = new LevelScope(policy, [], default);
            Chosen = [.. version.Lines.Select(scope.Best)];
            CountedFirstLevels = [.. version.Lines.Select(l => l.Levels.Count > 1 ? scope.Counted(l.Levels[0]) : (CreditLevel?)null)];
            MappedFrom = new LevelMapping?[Chosen.Length];
            for (var i = 0; i < Chosen.Length; i++)
            {
                MappedFrom[i] = Chosen[i] is { } chosen ? scope.MappedFrom(version.Lines[i], chosen) : null;
            }

            var exact = CreditAmount.Zero(unit);
            for (var i = 0; i < Chosen.Length; i++)
            {
                if (Chosen[i] is not null)
                {
                    exact = exact.Plus(LineCredits[i]);
                }
            }

            Exact = exact;
            Rounded = exact.ConvertTo(unit, rounding);
        }

        (RecencyApplies, RecencySubjects) = RecencyRule.Compile(version, policy?.Recency, Chosen);
    }

    public RoundingPolicy Rounding { get; }

    private string? _levelsText;

    /// <summary>The version's levels, each once, in order, as the level rule's LevelNotAccepted names them: built on first
    /// use and kept (the explained path reads it for every refused claim of the version; two threads build the same text).</summary>
    public string LevelsText => _levelsText ??= string.Join(", ", Version.Lines.SelectMany(l => l.Levels).Distinct().Order());

    /// <summary>Whether the policy's recency window applies to this version: it names no subject, or one on a line the policy's levels accept.</summary>
    public bool RecencyApplies { get; }

    /// <summary>The subjects the window applies to this version for, as read in a reason ("every subject", or the codes matched).</summary>
    public string RecencySubjects { get; }

    /// <summary>The level each line is granted at under the policy's levels alone (null: refused); null without a policy.</summary>
    public CreditLevel?[]? Chosen { get; }

    /// <summary>For each line granted under the policy's levels alone (<see cref="Chosen"/>), the policy's level mapping its level was granted through, or null; null without a policy.</summary>
    public LevelMapping?[]? MappedFrom { get; }

    /// <summary>For each line with alternative levels, its first level as counted under the policy's level mappings (a line granted at another level raises AlternativeLevelUsed); null for a line with one level. Null without a policy.</summary>
    public CreditLevel?[]? CountedFirstLevels { get; }

    /// <summary>The version's lines, as an array.</summary>
    public RecommendationLine[] Lines { get; }

    /// <summary>The accepted lines' exact credits under the policy's levels alone.</summary>
    public CreditAmount Exact { get; }

    /// <summary><see cref="Exact"/> rounded under the policy.</summary>
    public CreditAmount Rounded { get; }

    /// <summary>Rounds exact credits under the policy: the one place conversion and rounding meet (cached for the common total).</summary>
    public CreditAmount Round(CreditAmount exact, CreditUnit unit) => Chosen is not null && exact == Exact ? Rounded : exact.ConvertTo(unit, Rounding);

    public RecommendationVersion Version { get; }

    public CreditAmount[] LineCredits { get; }

    public CreditAmount Recommended { get; }

    public bool AnyOtherUnit { get; }
}

/// <summary>
/// Everything about one course under one institution policy version (or none) that does not depend on the learner or
/// the as-of date: the recommendation chosen (<see cref="SourceRule.Compile"/>), the zone that dates instants, the
/// sessions, and the versions with their credits in the institution's unit.
/// </summary>
internal sealed class RoutePlan
{
    public RoutePlan(RulePlan plan, Course course, Institution institution, InstitutionPolicy? policy)
    {
        Course = course;
        Policy = policy;
        Rounding = policy?.Rounding ?? RoundingPolicy.Exact;
        Recommendations = plan.Catalog.GetRecommendations(course.Id);
        (Recommendation, Accepted) = SourceRule.Compile(Recommendations, policy);
        Provider = plan.Catalog.GetProviderOrNull(course.ProviderId);
        ProviderRefused = Provider is not null && policy?.RefusedProviders is { } refusal && refusal.Refuses(Provider);
        ZoneSource = policy?.QualifyingDateZone ?? QualifyingDateZone.Institution;
        var zone = institution.TimeZone;
        if (Recommendation is not null && policy is { QualifyingDateZone: QualifyingDateZone.Evaluator })
        {
            zone = plan.Catalog.GetEvaluatorOrNull(Recommendation.EvaluatorId)!.ReferenceZone;
        }

        Zone = plan.ZoneTable(zone);
        Sessions = [.. plan.Catalog.GetSessions(course.Id)];
        Versions = Recommendation is null ? [] : [.. Recommendation.Versions.Select(v => new VersionPlan(v, institution.CreditUnit, policy, Rounding))];
    }

    public Course Course { get; }

    public InstitutionPolicy? Policy { get; }

    public RoundingPolicy Rounding { get; }

    public IReadOnlyList<CreditRecommendation> Recommendations { get; }

    /// <summary>The recommendation evaluated: from an accepted evaluator, else the first; null when the course has none.</summary>
    public CreditRecommendation? Recommendation { get; }

    /// <summary>Whether <see cref="Recommendation"/> comes from an evaluator the policy accepts.</summary>
    public bool Accepted { get; }

    /// <summary>The course's provider (null only for a catalog that does not list it).</summary>
    public Provider? Provider { get; }

    /// <summary>Whether the policy's <see cref="InstitutionPolicy.RefusedProviders"/> refuses the course's provider (by id or kind).</summary>
    public bool ProviderRefused { get; }

    public QualifyingDateZone ZoneSource { get; }

    public ZoneTable Zone { get; }

    public CourseSession[] Sessions { get; }

    public VersionPlan[] Versions { get; }

    /// <summary>The version whose validity contains the date (both ends included), or -1.</summary>
    public int VersionAt(LocalDate date)
    {
        for (var i = 0; i < Versions.Length; i++)
        {
            if (Versions[i].Version.Validity.Contains(date))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first version still in effect on or after the as-of date, or -1.</summary>
    public int CurrentVersion(LocalDate asOf)
    {
        for (var i = 0; i < Versions.Length; i++)
        {
            if (Versions[i].Version.Validity.End >= asOf)
            {
                return i;
            }
        }

        return -1;
    }
}
