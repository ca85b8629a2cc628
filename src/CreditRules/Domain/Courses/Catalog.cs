using System.Collections.Frozen;
using System.Globalization;
using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// The evaluators, providers, courses, sessions and credit recommendations known to the engine, checked for
/// consistency when built: ids are unique and every reference resolves.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class Catalog
{
    private readonly FrozenDictionary<string, Evaluator> _evaluators;
    private readonly FrozenDictionary<string, Provider> _providers;
    private readonly FrozenDictionary<string, Course> _courses;
    private readonly FrozenDictionary<string, CourseSession> _sessions;
    private readonly FrozenDictionary<string, CreditRecommendation[]> _recommendationsByCourse;
    private readonly FrozenDictionary<string, IReadOnlyList<CourseSession>> _sessionsByCourse;

    /// <summary>Initialises a catalog.</summary>
    /// <param name="evaluators">The evaluators.</param>
    /// <param name="providers">The providers.</param>
    /// <param name="courses">The courses.</param>
    /// <param name="sessions">The course sessions.</param>
    /// <param name="recommendations">The credit recommendations.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="InvalidCatalogException">An id is repeated or a reference does not resolve.</exception>
    public Catalog(
        IEnumerable<Evaluator> evaluators,
        IEnumerable<Provider> providers,
        IEnumerable<Course> courses,
        IEnumerable<CourseSession> sessions,
        IEnumerable<CreditRecommendation> recommendations)
    {
        Evaluators = Preconditions.CopyList(evaluators);
        Providers = Preconditions.CopyList(providers);
        Courses = Preconditions.CopyList(courses);
        Sessions = Preconditions.CopyList(sessions);
        Recommendations = Preconditions.CopyList(recommendations);

        _evaluators = Index(Evaluators, e => e.Id, "Evaluators");
        _providers = Index(Providers, p => p.Id, "Providers");
        _courses = Index(Courses, c => c.Id, "Courses");
        _sessions = Index(Sessions, s => s.Id, "Sessions");
        Index(Recommendations, r => r.ExhibitId, "Recommendations");

        for (var i = 0; i < Courses.Count; i++)
        {
            Require(_providers, Courses[i].ProviderId, "Courses[" + I(i) + "].ProviderId", "provider");
        }

        for (var i = 0; i < Sessions.Count; i++)
        {
            Require(_courses, Sessions[i].CourseId, "Sessions[" + I(i) + "].CourseId", "course");
        }

        for (var i = 0; i < Recommendations.Count; i++)
        {
            Require(_evaluators, Recommendations[i].EvaluatorId, "Recommendations[" + I(i) + "].EvaluatorId", "evaluator");
            Require(_courses, Recommendations[i].CourseId, "Recommendations[" + I(i) + "].CourseId", "course");
        }

        _recommendationsByCourse = Recommendations
            .GroupBy(r => r.CourseId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        // Sorted once: every evaluation asks for a course's sessions.
        _sessionsByCourse = Sessions
            .GroupBy(s => s.CourseId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<CourseSession>)Array.AsReadOnly(g.OrderBy(s => s.Dates.Start).ToArray()), StringComparer.Ordinal);
    }

    /// <summary>Gets the evaluators.</summary>
    public IReadOnlyList<Evaluator> Evaluators { get; }

    /// <summary>Gets the providers.</summary>
    public IReadOnlyList<Provider> Providers { get; }

    /// <summary>Gets the courses.</summary>
    public IReadOnlyList<Course> Courses { get; }

    /// <summary>Gets the course sessions.</summary>
    public IReadOnlyList<CourseSession> Sessions { get; }

    /// <summary>Gets the credit recommendations.</summary>
    public IReadOnlyList<CreditRecommendation> Recommendations { get; }

    /// <summary>Gets the course with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The course id.</param>
    /// <returns>The course, or <see langword="null"/>.</returns>
    public Course? GetCourseOrNull(string id) => _courses.GetValueOrDefault(Preconditions.NotNull(id));

    /// <summary>Gets the session with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The session id.</param>
    /// <returns>The session, or <see langword="null"/>.</returns>
    public CourseSession? GetSessionOrNull(string id) => _sessions.GetValueOrDefault(Preconditions.NotNull(id));

    /// <summary>Gets the evaluator with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The evaluator id.</param>
    /// <returns>The evaluator, or <see langword="null"/>.</returns>
    public Evaluator? GetEvaluatorOrNull(string id) => _evaluators.GetValueOrDefault(Preconditions.NotNull(id));

    /// <summary>Gets the provider with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The provider id.</param>
    /// <returns>The provider, or <see langword="null"/>.</returns>
    public Provider? GetProviderOrNull(string id) => _providers.GetValueOrDefault(Preconditions.NotNull(id));

    /// <summary>Gets every recommendation for a course (one per evaluator, usually).</summary>
    /// <param name="courseId">The course id.</param>
    /// <returns>The recommendations, possibly none.</returns>
    public IReadOnlyList<CreditRecommendation> GetRecommendations(string courseId) =>
        _recommendationsByCourse.TryGetValue(Preconditions.NotNull(courseId), out var list) ? list : [];

    /// <summary>Gets the sessions of a course, in order of their start dates.</summary>
    /// <param name="courseId">The course id.</param>
    /// <returns>The sessions, possibly none.</returns>
    public IEnumerable<CourseSession> GetSessions(string courseId) =>
        _sessionsByCourse.TryGetValue(Preconditions.NotNull(courseId), out var sessions) ? sessions : [];

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static FrozenDictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> id, string path)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!map.TryAdd(id(items[i]), items[i]))
            {
                throw new InvalidCatalogException(path + "[" + I(i) + "].Id", id(items[i]), "the id is already used by an earlier entry.");
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Require<T>(FrozenDictionary<string, T> map, string id, string path, string kind)
    {
        if (!map.ContainsKey(id))
        {
            throw new InvalidCatalogException(path, id, "no " + kind + " has this id.");
        }
    }
}
