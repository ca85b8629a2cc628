using System.Runtime.CompilerServices;
using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The mutable state of one claim as the rules decide it: the facts resolved so far (policy version, route, qualifying
/// attempt and date, version, applying overrides, credits) and the reason bits with the outcome flags. A struct passed
/// by reference through every rule, so the outcome-only path allocates nothing.
/// </summary>
internal struct ClaimState
{
    /// <summary>Starts a claim, resolving its policy version, route and as-of cut-off (<see cref="ClaimRoute.Resolve(LearnerRecord, LocalDate, int, InstitutionRoutes, ProgramRoutes)"/>).</summary>
    public ClaimState(LearnerFacts facts, LocalDate asOf, int courseIndex, InstitutionRoutes institution, ProgramRoutes program, LocalDate? asKnownOn)
        : this(facts, asOf, courseIndex, institution, program, asKnownOn, ClaimRoute.Resolve(facts.Learner, asOf, courseIndex, institution, program))
    {
    }

    /// <summary>Starts a compiled claim: its policy version, route and as-of cut-off were resolved once when it was compiled.</summary>
    public ClaimState(CompiledClaim claim)
        : this(claim.Facts, claim.AsOf, claim.CourseIndex, claim.Institution, claim.Program, claim.AsKnownOn, claim.Resolved)
    {
    }

    /// <summary>Starts a claim whose route was resolved by the caller (<see cref="ClaimRoute.Resolve(in PolicyVersionSelection, LocalDate, int, InstitutionRoutes, ProgramRoutes)"/>, with the policy version selected once for every claim of a record).</summary>
    public ClaimState(LearnerFacts facts, LocalDate asOf, int courseIndex, InstitutionRoutes institution, ProgramRoutes program, LocalDate? asKnownOn, in ClaimRoute resolved)
    {
        Plan = facts.Plan;
        Facts = facts;
        AsOf = asOf;
        AsKnownOn = asKnownOn;
        CourseIndex = courseIndex;
        Course = resolved.Route.Course;
        Institution = institution;
        Program = program;
        Selection = resolved.Selection;
        Route = resolved.Route;
        AsOfDay = resolved.AsOfDay;
        OpenSession = resolved.OpenSession;
        VersionIndex = -1;
        var zero = institution.Zero;
        CreditsRecommended = zero;
        CreditsGranted = zero;
        ExactCredits = zero;
        Exceptions = facts.Exceptions;
    }

    /// <summary>The learner's exceptions (the compact record's array, shared by every claim; empty for most learners): the
    /// exception rule applies those in scope and in effect for this claim (<see cref="ExceptionRule.InScope"/>).</summary>
    public ExceptionGrant[] Exceptions { get; }

    /// <summary>The exceptions (by index in <see cref="Exceptions"/>) that changed something: waived a reason or accepted the claim.</summary>
    public BitSet ExceptionsUsed;

    /// <summary>
    /// The exception (index in <see cref="Exceptions"/>) through which facts about another course count for this claim: a
    /// <see cref="ExceptionKind.SubstituteCourse"/> exception in scope and in effect whose substitute is the course at
    /// <paramref name="factCourse"/>; -1 when there is none (always for the claim's own course, and at no cost for a
    /// learner without exceptions). A rule that relies on such a fact marks it with <see cref="UseSubstitute"/>.
    /// </summary>
    public readonly int SubstituteFor(int factCourse)
    {
        if (Exceptions.Length == 0 || factCourse == CourseIndex)
        {
            return -1;
        }

        var substitutes = Facts.SubstituteCourses;
        for (var i = 0; i < substitutes.Length; i++)
        {
            if (substitutes[i] == factCourse && ExceptionRule.InScope(in this, Exceptions[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The exception through which facts about another course (by id, for facts that name a course id) count for this claim, as <see cref="SubstituteFor(int)"/>.</summary>
    public readonly int SubstituteFor(string? courseId)
    {
        if (Exceptions.Length == 0 || courseId is null)
        {
            return -1;
        }

        for (var i = 0; i < Exceptions.Length; i++)
        {
            if (string.Equals(Exceptions[i].SubstituteCourseId, courseId, StringComparison.Ordinal) && ExceptionRule.InScope(in this, Exceptions[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Marks a substitute-course exception as used: a rule relied on a fact it accepts (the exception rule then states it).</summary>
    public void UseSubstitute(int exception) => ExceptionsUsed.Set(exception);

    public RulePlan Plan { get; }

    /// <summary>The learner's record in its compact form for this plan: arrays, course ids and sessions interned to course indexes.</summary>
    public LearnerFacts Facts { get; }

    /// <summary>The learner's record as given (explanations and error messages read it).</summary>
    public readonly LearnerRecord Learner => Facts.Learner;

    public LocalDate AsOf { get; }

    public int CourseIndex { get; }

    public Course Course { get; }

    public InstitutionRoutes Institution { get; }

    public ProgramRoutes Program { get; }

    /// <summary>How the policy version was chosen: by the learner's latest enrolment in the program on or before the as-of date, else the as-of date.</summary>
    public PolicyVersionSelection Selection { get; }

    /// <summary>The learner's latest enrolment in the program dated on or before the as-of date, or null.</summary>
    public readonly ProgramEnrollment? Enrollment => Selection.Enrollment;

    /// <summary>The enrolment date, or the as-of date: selects the policy version and the program overrides.</summary>
    public readonly LocalDate SelectionDate => Selection.SelectionDate;

    /// <summary>The effective settings of the claim: the selected institution policy version with the program's own settings in place (<see cref="ProgramSettings.ApplyTo"/>); same id.</summary>
    public readonly InstitutionPolicy? Policy => Route.Policy;

    /// <summary>The course under the policy version: recommendation, zone, sessions, versions (compiled once).</summary>
    public RoutePlan Route { get; }

    public readonly string? PolicyVersion => Policy?.Id;

    public ExamAttempt? QualifyingAttempt { get; set; }

    /// <summary>The qualifying attempt's score, read from its compact fact (set with <see cref="QualifyingAttempt"/> by the exam rule; the minimum-score rule reads it).</summary>
    public Score? QualifyingScore { get; set; }

    public LocalDate? QualifyingDate { get; set; }

    /// <summary>The date the course (or its substitute) was completed, on or before the as-of date (set by the completion rule; read by a recency window measured from completion).</summary>
    public LocalDate? CompletedOn { get; set; }

    /// <summary>The index in <see cref="RoutePlan.Versions"/> of the version selected by the qualifying date (or, without one, in effect on or after the as-of date), or -1.</summary>
    public int VersionIndex { get; set; }

    public readonly VersionPlan? Version => VersionIndex < 0 ? null : Route.Versions[VersionIndex];

    /// <summary>The restricting program overrides that apply, by index in <see cref="ProgramRoutes.Overrides"/>.</summary>
    public BitSet Restrictions;

    /// <summary>The number of lines granted at an accepted level (set by the level rule).</summary>
    public int AcceptedLines { get; set; }

    /// <summary>The highest level any line is granted at, or null when none is (set by the level rule; record caps scoped by level read it).</summary>
    public CreditLevel? GrantedLevel { get; set; }

    /// <summary>The accepted lines' credits in the institution's unit, exact (set by the level rule).</summary>
    public CreditAmount ExactCredits { get; set; }

    public CreditAmount CreditsRecommended { get; set; }

    public CreditAmount CreditsGranted { get; set; }

    /// <summary>The codes raised so far, by <see cref="RuleCode.Index"/>.</summary>
    public BitSet Reasons;

    public bool Blocked { get; private set; }

    public bool Outstanding { get; private set; }

    public readonly DecisionOutcome Outcome => Precedence.Outcome(Blocked, Outstanding);

    /// <summary>The zone whose calendar dates instants: the route's (evaluator or institution).</summary>
    public readonly DateTimeZone Zone => Route.Zone.Zone;

    /// <summary>The calendar date of an instant in the route's zone.</summary>
    public readonly LocalDate DateOf(Instant instant) => Route.Zone.DateOf(instant);

    /// <summary>The as-of date in the route's zone as instants: the cut-offs that decide "dated after/before the as-of date".</summary>
    public DayCutoff AsOfDay { get; }

    /// <summary>The first session of the course whose verified track is still open to joining on the as-of date (its deadline not dated before it in the route's zone), or null (<see cref="ClaimRoute.OpenSession"/>).</summary>
    public CourseSession? OpenSession { get; }

    /// <summary>Whether an instant falls on a calendar date after the as-of date in the route's zone: <c>DateOf(instant) &gt; AsOf</c>, as one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsAfterAsOf(Instant instant) => AsOfDay.IsAfter(instant, Route.Zone);

    /// <summary>Whether an instant given as Unix ticks (a compact fact's) falls on a calendar date after the as-of date in the route's zone, as one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsAfterAsOf(long ticks) => AsOfDay.IsAfter(ticks, Route.Zone);

    /// <summary>Whether an instant falls on a calendar date before the as-of date in the route's zone: <c>DateOf(instant) &lt; AsOf</c>, as one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsBeforeAsOf(Instant instant) => AsOfDay.IsBefore(instant, Route.Zone);

    /// <summary>
    /// The qualifying date of an exam attempt (by position in <see cref="LearnerFacts.Attempts"/>), the one definition: its
    /// start read in the candidate's own zone when the policy says so (<see cref="AttemptFact.CandidateDate"/>, a fact of the
    /// record dated once), else in the route's zone (the evaluator's reference zone or the institution's).
    /// </summary>
    public readonly LocalDate DateOfAttempt(int attempt) => DateOfAttempt(in Facts.AttemptFacts[attempt]);

    /// <summary>
    /// The qualifying date of an exam attempt's fact (<see cref="DateOfAttempt(int)"/>): read, not converted, when the record
    /// was dated in the route's zone (<see cref="LearnerFacts.DatedZone"/>, <see cref="AttemptFact.ZoneDate"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly LocalDate DateOfAttempt(in AttemptFact fact) => Route.ZoneSource == QualifyingDateZone.Candidate
        ? fact.CandidateDate
        : ReferenceEquals(Route.Zone, Facts.DatedZone) ? fact.ZoneDate : Route.Zone.DateOf(Instant.FromUnixTimeTicks(fact.StartedAt));

    /// <summary>
    /// Whether an exam attempt's fact is dated by the as-of date, and its date (<see cref="DateOfAttempt(in AttemptFact)"/>): a
    /// date read from the record is compared; an attempt dated here is first turned away by the claim's cut-off instant, one
    /// comparison, before any calendar maths.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool AttemptDatedByAsOf(in AttemptFact fact, out LocalDate date)
    {
        if (Route.ZoneSource != QualifyingDateZone.Candidate && !ReferenceEquals(Route.Zone, Facts.DatedZone) && IsAfterAsOf(fact.StartedAt))
        {
            date = default;
            return false;
        }

        date = DateOfAttempt(in fact);
        return date <= AsOf;
    }

    /// <summary>The zone a decision names: the qualifying attempt's candidate zone under a candidate-zone policy, else the route's.</summary>
    public readonly DateTimeZone DecisionZone => Route.ZoneSource == QualifyingDateZone.Candidate && QualifyingAttempt is { } attempt ? attempt.CandidateZone : Zone;

    /// <summary>An instant as shown in explanations: in the route's zone, with the zone id.</summary>
    public readonly string FormatInstant(Instant instant) => Texts.Format(instant, Zone);

    /// <summary>An instant to show in the route's zone, formatted only when read.</summary>
    public readonly LazyInstant FormatInstantLazy(Instant instant) => new(instant, Zone);

    /// <summary>The deadline for completing the route: the last day of the version in effect on the as-of date or the next one.</summary>
    public readonly LocalDate? RouteDeadline => Route.CurrentVersion(AsOf) is var i and >= 0 ? Route.Versions[i].Version.Validity.End : null;

    public readonly Money? FeeAmount(FeeKind kind)
    {
        var fees = Facts.Fees;
        var facts = Facts.FeeFacts;
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].Kind == kind && facts[i].Course == CourseIndex)
            {
                return fees[i].Amount;
            }
        }

        return null;
    }

    /// <summary>Raises a reason without arguments, at its code's default severity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raise<TSink>(ref TSink sink, RuleCode code, string ruleId)
        where TSink : struct, IReasonSink =>
        Raise(ref sink, code, code.Code.DefaultSeverity, ruleId, null, 0, static _ => []);

    /// <summary>Raises a reason at its code's default severity; the arguments are built from <paramref name="arg"/> only when the sink explains.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raise<TSink, TArg>(ref TSink sink, RuleCode code, string ruleId, TArg arg, Func<TArg, ReasonArg[]> arguments)
        where TSink : struct, IReasonSink =>
        Raise(ref sink, code, code.Code.DefaultSeverity, ruleId, null, arg, arguments);

    /// <summary>
    /// Raises a reason: sets its bit, applies its severity to the outcome and, when the sink explains, emits it with the
    /// rule id (<paramref name="ruleId"/>, or <c>ruleId:ruleIdSuffix</c>) and the arguments built from <paramref name="arg"/>.
    /// The one way a rule reports a reason, so the outcome-only and explained paths cannot differ.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raise<TSink, TArg>(ref TSink sink, RuleCode code, ReasonSeverity severity, string ruleId, string? ruleIdSuffix, TArg arg, Func<TArg, ReasonArg[]> arguments)
        where TSink : struct, IReasonSink
    {
        Reasons.Set(code.Index);
        if (Exceptions.Length != 0 && severity is ReasonSeverity.Blocking or ReasonSeverity.Outstanding)
        {
            severity = ExceptionRule.Waive(ref this, code.Code, ruleId, severity);
        }

        Note(severity);
        if (sink.Explains)
        {
            Emit(ref sink, code, severity, ruleId, ruleIdSuffix, arg, arguments);
        }
    }

    /// <summary>Accepts the claim whatever the rules found (a force-accept exception): no longer blocked or outstanding, granting <paramref name="credits"/>.</summary>
    public void Accept(CreditAmount credits)
    {
        Blocked = false;
        Outstanding = false;
        CreditsGranted = credits;
    }

    private readonly void Emit<TSink, TArg>(ref TSink sink, RuleCode code, ReasonSeverity severity, string ruleId, string? ruleIdSuffix, TArg arg, Func<TArg, ReasonArg[]> arguments)
        where TSink : struct, IReasonSink
    {
        sink.Reason(Reason.Deferred(code.Code, severity, ruleIdSuffix is null ? ruleId : ruleId + ":" + ruleIdSuffix, PolicyVersion, arg, arguments));
    }

    /// <summary>The host codes (<see cref="ReasonCode.Custom"/>) host rules raised so far, which have no bit in <see cref="Reasons"/>; null until one is raised.</summary>
    public List<ReasonCode>? HostCodes { get; private set; }

    /// <summary>The as-known-on date the claim's facts were filtered by, or null (host rules' <see cref="RuleContext.Request"/> carries it).</summary>
    public LocalDate? AsKnownOn { get; }

    /// <summary>Takes a reason a host rule raised, on either path: its bit (built-in codes) or its host code, its severity, and the sink.</summary>
    public void Raise<TSink>(ref TSink sink, Reason reason)
        where TSink : struct, IReasonSink
    {
        if (reason.Code.Value is { } value && ReasonMask.TryIndexOf(value, out var index))
        {
            Reasons.Set(index);
        }
        else
        {
            (HostCodes ??= []).Add(reason.Code);
        }

        Note(reason.Severity);
        if (sink.Explains)
        {
            sink.Reason(reason);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Note(ReasonSeverity severity)
    {
        var blocked = Blocked;
        var outstanding = Outstanding;
        Precedence.Apply(severity, ref blocked, ref outstanding);
        Blocked = blocked;
        Outstanding = outstanding;
    }
}

/// <summary>An instant and the zone it is shown in, formatted only when read (reasons' arguments are built lazily).</summary>
internal readonly record struct LazyInstant(NodaTime.Instant Instant, NodaTime.DateTimeZone Zone)
{
    public string Text => Texts.Format(Instant, Zone);
}

/// <summary>One argument of a reason: its placeholder name, its text, and its typed value (credits, money, a date, a score) when it has one.</summary>
internal readonly record struct ReasonArg(string Name, string Text, object? Value = null)
{
    public static implicit operator ReasonArg((string Name, string Text) pair) => new(pair.Name, pair.Text);

    public static ReasonArg Of(string name, Domain.CreditAmount value) => new(name, value.ToString(), value);

    public static ReasonArg Of(string name, Domain.Money value) => new(name, value.ToString(), value);

    public static ReasonArg Of(string name, NodaTime.LocalDate value) => new(name, Texts.Format(value), value);

    public static Reason Build(ReasonCode code, ReasonSeverity severity, string ruleId, string? policyVersion, ReasonArg[] arguments) =>
        Reason.Built(code, severity, ruleId, policyVersion, arguments);
}

/// <summary>
/// What a claim resolves before its rules run, the one definition for both ways a claim starts: the policy version
/// (<see cref="PolicyVersionSelection"/>), the route of the course under it, and the as-of date's cut-off instants in
/// the route's zone. A compiled claim resolves it once (<see cref="CompiledClaim.Resolved"/>).
/// </summary>
internal readonly struct ClaimRoute(PolicyVersionSelection selection, RoutePlan route, DayCutoff asOfDay, CourseSession? openSession)
{
    public PolicyVersionSelection Selection { get; } = selection;

    public RoutePlan Route { get; } = route;

    public DayCutoff AsOfDay { get; } = asOfDay;

    /// <summary>The first session of the course whose verified track is still open on the as-of date (<see cref="OpenSession"/>), or null.</summary>
    public CourseSession? OpenSession { get; } = openSession;

    /// <summary>Resolves a claim's route from the learner's record of the facts that stand (<see cref="LearnerFacts.Learner"/>).</summary>
    public static ClaimRoute Resolve(LearnerRecord learner, LocalDate asOf, int courseIndex, InstitutionRoutes institution, ProgramRoutes program) =>
        Resolve(PolicyVersionSelection.Select(institution.Institution, learner, program.Program.Id, asOf), asOf, courseIndex, institution, program);

    /// <summary>
    /// Resolves a claim's route under a policy version selection already made for the learner, institution, program and
    /// as-of date (<see cref="PolicyVersionSelection.Select"/>, which reads no course): the claims of one record share it.
    /// </summary>
    public static ClaimRoute Resolve(in PolicyVersionSelection selection, LocalDate asOf, int courseIndex, InstitutionRoutes institution, ProgramRoutes program)
    {
        var route = institution.Route(program, selection.PolicyIndex, courseIndex);
        var asOfDay = route.Zone.AfterDate(asOf);
        return new ClaimRoute(selection, route, asOfDay, FirstOpenSession(route, asOfDay));
    }

    /// <summary>
    /// The first session of the route's course whose verified-track deadline is not dated before the as-of date in the
    /// route's zone (a later session still open to joining), or null: a fact of the route and the as-of date alone, so
    /// resolved once per claim rather than by the verified-track rule for every claim without a timely enrolment.
    /// </summary>
    private static CourseSession? FirstOpenSession(RoutePlan route, DayCutoff asOfDay)
    {
        foreach (var session in route.Sessions)
        {
            if (!asOfDay.IsBefore(session.VerifiedTrackDeadline, route.Zone))
            {
                return session;
            }
        }

        return null;
    }
}
