using System.Globalization;
using CreditRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Engine.Rules;

/// <summary>The mutable scratch state of one evaluation. Never shared: each evaluation creates its own.</summary>
internal sealed class EvaluationContext
{
    private readonly List<Reason> _reasons = [];
    private readonly List<NextStep> _nextSteps = [];
    private readonly List<RuleTraceEntry> _trace = [];

    public EvaluationContext(
        EvaluationRequest request,
        Catalog catalog,
        Course course,
        Institution institution,
        DegreeProgram program,
        InstitutionPolicy? policy,
        LocalDate selectionDate,
        ProgramEnrollment? programEnrollment)
    {
        ProgramEnrollment = programEnrollment;
        Request = request;
        Catalog = catalog;
        Course = course;
        Institution = institution;
        Program = program;
        Policy = policy;
        SelectionDate = selectionDate;
        QualifyingZone = institution.TimeZone;
        ZoneSource = policy?.QualifyingDateZone ?? QualifyingDateZone.Institution;
    }

    public EvaluationRequest Request { get; }

    public LearnerRecord Learner => Request.Learner;

    public LocalDate AsOf => Request.AsOf;

    public Catalog Catalog { get; }

    public Course Course { get; }

    public Institution Institution { get; }

    public DegreeProgram Program { get; }

    public InstitutionPolicy? Policy { get; }

    /// <summary>The learner's enrolment date in the program, or the as-of date: selects policy versions and overrides.</summary>
    public LocalDate SelectionDate { get; }

    /// <summary>The learner's enrolment in this program (dated on or before the as-of date), or null.</summary>
    public ProgramEnrollment? ProgramEnrollment { get; }

    public CreditRecommendation? Recommendation { get; set; }

    public Evaluator? Evaluator { get; set; }

    public DateTimeZone QualifyingZone { get; set; }

    public QualifyingDateZone ZoneSource { get; set; }

    public ExamAttempt? QualifyingAttempt { get; set; }

    public LocalDate? QualifyingDate { get; set; }

    /// <summary>The version selected by the qualifying date, or, without one, the version in effect on (or next after) the as-of date.</summary>
    public RecommendationVersion? Version { get; set; }

    public List<(RecommendationLine Line, CreditLevel Level)> AcceptedLines { get; } = [];

    /// <summary>The restricting program overrides that apply to this learner and evaluator.</summary>
    public List<ProgramOverride> Restrictions { get; } = [];

    public CreditAmount CreditsRecommended { get; set; }

    public CreditAmount CreditsGranted { get; set; }

    public IReadOnlyList<Reason> Reasons => _reasons;

    public IReadOnlyList<NextStep> NextSteps => _nextSteps;

    public IReadOnlyList<RuleTraceEntry> Trace => _trace;

    public bool IsBlocked { get; private set; }

    public string? PolicyVersion => Policy?.Id;

    public void Add(ReasonCode code, string ruleId, params (string Name, string Value)[] arguments) =>
        Add(code, code.DefaultSeverity, ruleId, arguments);

    public void Add(ReasonCode code, ReasonSeverity severity, string ruleId, params (string Name, string Value)[] arguments)
    {
        var pairs = new KeyValuePair<string, string>[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            pairs[i] = new KeyValuePair<string, string>(arguments[i].Name, arguments[i].Value);
        }

        _reasons.Add(new Reason(code, severity, ruleId, PolicyVersion, pairs));
        IsBlocked |= severity == ReasonSeverity.Blocking;
    }

    public void Step(NextStep step) => _nextSteps.Add(step);

    public void Record(string ruleId, RuleOutcome outcome, string note) => _trace.Add(new RuleTraceEntry(ruleId, outcome, note));

    /// <summary>The calendar date of an instant in the qualifying zone.</summary>
    public LocalDate DateOf(Instant instant) => instant.InZone(QualifyingZone).Date;

    /// <summary>The calendar date of an exam attempt: in the candidate's own zone when the policy says so, else in the qualifying zone.</summary>
    public LocalDate DateOfAttempt(ExamAttempt attempt) =>
        attempt.StartedAt.InZone(ZoneSource == QualifyingDateZone.Candidate ? attempt.CandidateZone : QualifyingZone).Date;

    /// <summary>The deadline for completing the route: the last day of the version in effect on the as-of date or the next one.</summary>
    public LocalDate? RouteDeadline
    {
        get
        {
            if (Recommendation is null)
            {
                return null;
            }

            foreach (var version in Recommendation.Versions)
            {
                if (version.Validity.End >= AsOf)
                {
                    return version.Validity.End;
                }
            }

            return null;
        }
    }

    public Money? FeeAmount(FeeKind kind)
    {
        foreach (var fee in Learner.Fees)
        {
            if (fee.Kind == kind && string.Equals(fee.CourseId, Course.Id, StringComparison.Ordinal))
            {
                return fee.Amount;
            }
        }

        return null;
    }

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Format(LocalDate? date) => date is { } d ? Format(d) : "(none)";

    // Built once: creating a pattern parses its text, which dominated explained decisions in bulk.
    private static readonly ZonedDateTimePattern InstantPattern = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm x", DateTimeZoneProviders.Tzdb);

    public string FormatInstant(Instant instant) =>
        InstantPattern.Format(instant.InZone(QualifyingZone))
        + " " + QualifyingZone.Id;

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
