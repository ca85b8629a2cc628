using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// Builds a <see cref="Catalog"/> fluently instead of five lists of positional constructors:
/// <code>
/// Catalog catalog = new CatalogBuilder()
///     .Evaluator("ace", "American Council on Education", DateTimeZoneProviders.Tzdb["America/New_York"])
///     .Provider("coursera", "Coursera")
///     .Course("uci-precalculus", "Pre-Calculus", "coursera")
///     .Session("uci-precalculus-2013s", "uci-precalculus", new DateRange(new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12)),
///         Instant.FromUtc(2013, 3, 24, 16, 0))
///     .Recommendation("ACE-COUR-0001", "ace", "uci-precalculus", new DateRange(new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31)),
///         CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, new SubjectArea("mathematics", "Mathematics"), Score.Percent(60))
///     .Build();
/// </code>
/// </summary>
/// <remarks>
/// <para>Stated defaults: a course has no partner; a session has no exam window (the exam may be sat on any date); a
/// recommendation added with <see cref="Recommendation(string, string, string, DateRange, CreditAmount, CreditLevel, SubjectArea, Score?)"/>
/// has one version, numbered 1, with one line, not conditional, and no minimum passing score unless one is given.</para>
/// <para>Nothing is checked until <see cref="Build"/>, which checks every item and throws one <see cref="ArgumentException"/>
/// listing every problem, each with its list and position (<c>sessions[1]: …</c>); when every item is valid, the
/// <see cref="Catalog"/> constructor checks that ids are unique and references resolve and throws
/// <see cref="InvalidCatalogException"/> naming the field and the value. The builder is mutable and not thread-safe; the
/// catalog it builds is immutable. Each <see cref="Build"/> builds a new catalog from the same steps.</para>
/// </remarks>
public sealed class CatalogBuilder
{
    private readonly BuildSteps _steps = new();

    /// <summary>Adds an evaluator (e.g. ACE CREDIT).</summary>
    /// <param name="id">The evaluator id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="referenceZone">The zone in which the evaluator reads an exam's date.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Evaluator(string id, string name, DateTimeZone referenceZone) =>
        Step("evaluators", () => new Evaluator(id, name, referenceZone));

    /// <summary>Adds a course provider (e.g. Coursera).</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="name">The display name.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Provider(string id, string name) => Step("providers", () => new Provider(id, name));

    /// <summary>Adds a course provider of a stated kind (e.g. Coursera, a <see cref="ProviderKind.Mooc"/>), which policies can refuse by type.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="kind">What kind of organisation it is.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Provider(string id, string name, ProviderKind kind) => Step("providers", () => new Provider(id, name, kind));

    /// <summary>Adds a course without a partner institution.</summary>
    /// <param name="id">The course id.</param>
    /// <param name="title">The title.</param>
    /// <param name="providerId">The provider that runs it; must be added too.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Course(string id, string title, string providerId) => Step("courses", () => new Course(id, title, providerId));

    /// <summary>Adds a course offered with a partner institution.</summary>
    /// <param name="id">The course id.</param>
    /// <param name="title">The title.</param>
    /// <param name="providerId">The provider that runs it; must be added too.</param>
    /// <param name="partner">The partner institution, e.g. <c>UC Irvine</c>.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Course(string id, string title, string providerId, string partner) =>
        Step("courses", () => new Course(id, title, providerId, partner));

    /// <summary>Adds a course session with no exam window.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="courseId">The course; must be added too.</param>
    /// <param name="dates">First and last day of teaching, inclusive.</param>
    /// <param name="verifiedTrackDeadline">The last instant to join the verified track (inclusive).</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Session(string id, string courseId, DateRange dates, Instant verifiedTrackDeadline) =>
        Step("sessions", () => new CourseSession(id, courseId, dates, verifiedTrackDeadline));

    /// <summary>Adds a course session whose credit exam may be sat only in a window.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="courseId">The course; must be added too.</param>
    /// <param name="dates">First and last day of teaching, inclusive.</param>
    /// <param name="verifiedTrackDeadline">The last instant to join the verified track (inclusive).</param>
    /// <param name="examWindow">The dates on which the exam may be sat, inclusive.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Session(string id, string courseId, DateRange dates, Instant verifiedTrackDeadline, DateRange examWindow) =>
        Step("sessions", () => new CourseSession(id, courseId, dates, verifiedTrackDeadline, examWindow));

    /// <summary>Adds a credit recommendation with one version (number 1, not conditional) of one line.</summary>
    /// <param name="exhibitId">The evaluator's exhibit id, e.g. <c>ACE-COUR-0001</c>.</param>
    /// <param name="evaluatorId">The evaluator; must be added too.</param>
    /// <param name="courseId">The course; must be added too.</param>
    /// <param name="validity">The dates the version applies to, inclusive.</param>
    /// <param name="credits">The credits recommended.</param>
    /// <param name="level">The credit level.</param>
    /// <param name="subject">The subject area.</param>
    /// <param name="minimumPassingScore">The exam score the recommendation requires, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Recommendation(
        string exhibitId, string evaluatorId, string courseId, DateRange validity, CreditAmount credits, CreditLevel level, SubjectArea subject, Score? minimumPassingScore) =>
        Step("recommendations", () => new CreditRecommendation(
            exhibitId, evaluatorId, courseId, [new RecommendationVersion(1, validity, [new RecommendationLine(credits, [level], [subject])], minimumPassingScore)]));

    /// <summary>Adds a credit recommendation with its versions built in full (renewals, several lines, conditions).</summary>
    /// <param name="exhibitId">The evaluator's exhibit id.</param>
    /// <param name="evaluatorId">The evaluator; must be added too.</param>
    /// <param name="courseId">The course; must be added too.</param>
    /// <param name="versions">The versions, which must not overlap.</param>
    /// <returns>This builder.</returns>
    public CatalogBuilder Recommendation(string exhibitId, string evaluatorId, string courseId, params RecommendationVersion[] versions) =>
        Step("recommendations", () => new CreditRecommendation(exhibitId, evaluatorId, courseId, versions));

    /// <summary>Checks every item and builds the catalog.</summary>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">One or more items are invalid; the message lists every problem with its list and position.</exception>
    /// <exception cref="InvalidCatalogException">Every item is valid, but an id is repeated or a reference does not resolve.</exception>
    public Catalog Build()
    {
        var errors = new List<string>();
        var built = _steps.Run(errors);
        if (errors.Count > 0)
        {
            throw BuildSteps.Invalid("The catalog", errors);
        }

        return new Catalog(
            BuildSteps.Items<Evaluator>(built, "evaluators"),
            BuildSteps.Items<Provider>(built, "providers"),
            BuildSteps.Items<Course>(built, "courses"),
            BuildSteps.Items<CourseSession>(built, "sessions"),
            BuildSteps.Items<CreditRecommendation>(built, "recommendations"));
    }

    private CatalogBuilder Step(string list, Func<object> create)
    {
        _steps.Add(list, _ => create());
        return this;
    }
}
