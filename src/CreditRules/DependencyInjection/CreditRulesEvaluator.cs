using System.Diagnostics;
using CreditRules.Diagnostics;
using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.DependencyInjection;

/// <summary>
/// The evaluator a host resolves from the container: decides with the current data snapshot of a
/// <see cref="CreditRulesDataProvider"/>, so a reload never disturbs an evaluation in flight, and adds "as of today"
/// and batch evaluation.
/// </summary>
/// <remarks>Thread-safe; registered as a singleton. Each call (a whole batch included) reads the current snapshot once
/// and finishes on it; every decision names that snapshot in <see cref="Decision.DataVersion"/>.</remarks>
public sealed class CreditRulesEvaluator : IEligibilityEvaluator
{
    private readonly CreditRulesDataProvider _provider;
    private readonly CreditRulesSettings _settings;
    private readonly IClock _clock;

    /// <summary>Initialises the evaluator.</summary>
    /// <param name="provider">The holder of the current data snapshot.</param>
    /// <param name="settings">The validated settings.</param>
    /// <param name="clock">The clock that gives today's date.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CreditRulesEvaluator(CreditRulesDataProvider provider, CreditRulesSettings settings, IClock clock)
    {
        _provider = Preconditions.NotNull(provider);
        _settings = Preconditions.NotNull(settings);
        _clock = Preconditions.NotNull(clock);
    }

    /// <summary>Gets the version label of the current data snapshot.</summary>
    public string DataVersion => _provider.DataVersion;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">A host rule threw; the inner exception is what it threw.</exception>
    public Decision Evaluate(EvaluationRequest request) => _provider.Evaluator.Evaluate(request);

    /// <summary>Compiles the current data snapshot, with the host's rules, for an as-of date: outcome-only and bulk evaluation on one snapshot.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The plan; it keeps the snapshot it was compiled from, so a reload does not change it, and its explained decisions name that snapshot.</returns>
    public EvaluationPlan Compile(LocalDate asOf) => _provider.Evaluator.Compile(asOf);

    /// <summary>Decides a learner's whole record (every claimed course with prior credit, caps, duplicates, residency and posting) with the current data snapshot.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The record decision; its course decisions name the snapshot in <see cref="Decision.DataVersion"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">A course, the institution or the program is not loaded.</exception>
    /// <exception cref="InvalidPolicyException">A percentage cap has no program total, or grades are on different scales.</exception>
    public RecordDecision EvaluateRecord(RecordEvaluationRequest request) => _provider.RecordEvaluator.Evaluate(Preconditions.NotNull(request));

    /// <summary>Decides a learner's whole record outcome-only on the current snapshot (see <see cref="RecordEvaluator.Summarize"/>), with the host's record rules.</summary>
    /// <param name="request">The request.</param>
    /// <param name="claims">Where each claim's record-aware summary goes, in the order of <see cref="RecordEvaluationRequest.CourseIds"/>.</param>
    /// <returns>The record's totals and record-level reason codes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claims"/> is shorter than the request's course list.</exception>
    /// <exception cref="UnknownReferenceException">A course, the institution or the program is not loaded.</exception>
    public RecordSummary SummarizeRecord(RecordEvaluationRequest request, Span<DecisionSummary> claims) => _provider.RecordEvaluator.Summarize(Preconditions.NotNull(request), claims);

    /// <summary>Decides a claim as of today: the clock's current date in <see cref="CreditRulesSettings.TodayZone"/>, or else in the institution's zone.</summary>
    /// <param name="learner">The learner's record.</param>
    /// <param name="courseId">The course claimed.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/> or an id is null.</exception>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <exception cref="UnknownReferenceException">The course, institution or program is not loaded.</exception>
    public Decision EvaluateToday(LearnerRecord learner, string courseId, string institutionId, string programId)
    {
        var evaluator = _provider.Evaluator;
        var zone = _settings.TodayZone
            ?? (evaluator.Policies.GetInstitutionOrNull(Preconditions.NotBlank(institutionId))
                ?? throw new UnknownReferenceException(nameof(EvaluationRequest.InstitutionId), institutionId, "institution")).TimeZone;
        var today = Engine.Rules.Today.In(_clock, zone);
        return evaluator.Evaluate(new EvaluationRequest(learner, courseId, institutionId, programId, today));
    }

    /// <summary>
    /// Decides a learner's claimed courses at one institution and program together, as a whole record, as of today: the
    /// clock's current date in <see cref="CreditRulesSettings.TodayZone"/>, or else in the institution's zone. Each claim's
    /// answer is its award's <see cref="CourseAward.RecordAwareDecision"/> (caps, duplicates, precedence and holds applied).
    /// </summary>
    /// <param name="learner">The learner's record.</param>
    /// <param name="courseIds">The courses claimed at the institution and program, each once.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <returns>The record decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/>, <paramref name="courseIds"/> or an id is null.</exception>
    /// <exception cref="ArgumentException">An id is blank, or a course is listed twice.</exception>
    /// <exception cref="UnknownReferenceException">A course, the institution or the program is not loaded.</exception>
    public RecordDecision EvaluateRecordToday(LearnerRecord learner, IEnumerable<string> courseIds, string institutionId, string programId)
    {
        var records = _provider.RecordEvaluator;
        var zone = _settings.TodayZone
            ?? (_provider.Evaluator.Policies.GetInstitutionOrNull(Preconditions.NotBlank(institutionId))
                ?? throw new UnknownReferenceException(nameof(RecordEvaluationRequest.InstitutionId), institutionId, "institution")).TimeZone;
        var today = Engine.Rules.Today.In(_clock, zone);
        return records.Evaluate(new RecordEvaluationRequest(learner, courseIds, institutionId, programId, today));
    }

    /// <summary>
    /// Decides many claims on one data snapshot, in parallel like <see cref="EvaluateBatch"/>, but never throws for a bad
    /// request: each null request, unknown course, institution, program or session, or invalid policy becomes an error
    /// entry naming the field and value, and every other request is decided.
    /// </summary>
    /// <param name="requests">The requests (null elements become error entries).</param>
    /// <param name="cancellationToken">Observed before each request is decided; once it is cancelled no further request starts.</param>
    /// <returns>One entry per request, in order: a decision or an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    /// <exception cref="AggregateException">A host rule threw (a bug, not bad input); the inner exceptions say which.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before every request was decided; no partial result is returned.</exception>
    public IReadOnlyList<BatchDecision> EvaluateBatchEntries(IReadOnlyList<EvaluationRequest?> requests, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(requests);
        var evaluator = _provider.Evaluator;
        var entries = new BatchDecision[requests.Count];
        Parallel.For(
            0,
            requests.Count,
            new ParallelOptions { MaxDegreeOfParallelism = _settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                if (requests[i] is not { } request)
                {
                    entries[i] = new BatchDecision(i, null, new InputError(i, null, "requests[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", null, InputErrorCode.InvalidInput, "The request is null."));
                    return;
                }

                try
                {
                    entries[i] = new BatchDecision(i, evaluator.Evaluate(request), null);
                }
                catch (ArgumentException exception)
                {
                    entries[i] = new BatchDecision(i, null, InputError.FromException(i, request.Learner.LearnerId, exception));
                }
            });
        return Array.AsReadOnly(entries);
    }

    /// <summary>Decides many claims on one data snapshot, in parallel up to <see cref="CreditRulesSettings.MaxDegreeOfParallelism"/> threads.</summary>
    /// <param name="requests">The requests.</param>
    /// <param name="cancellationToken">Observed before each request is decided; once it is cancelled no further request starts.</param>
    /// <returns>One decision per request, in the order of <paramref name="requests"/>.</returns>
    /// <remarks>Runs inside a <c>CreditRules.EvaluateBatch</c> activity and records the batch metrics of
    /// <see cref="CreditRulesDiagnostics"/>. The result equals evaluating the requests one by one on the same snapshot.
    /// <see cref="EvaluateBatchEntries"/> decides the same way but returns one error entry per bad request instead of throwing.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="requests"/> is null.</exception>
    /// <exception cref="AggregateException">One or more requests threw (an unknown reference, a failing host rule); the inner exceptions say which.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before every request was decided; no partial result is returned and no batch metrics are recorded.</exception>
    public IReadOnlyList<Decision> EvaluateBatch(IReadOnlyList<EvaluationRequest> requests, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(requests);
        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i] is null)
            {
                throw new ArgumentException("Element [" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] must not be null.", nameof(requests));
            }
        }

        var evaluator = _provider.Evaluator;
        using var activity = CreditRulesDiagnostics.ActivitySource.StartActivity(CreditRulesDiagnostics.EvaluateBatchActivityName);
        activity?.SetTag("creditrules.batch.size", requests.Count);
        activity?.SetTag("creditrules.data.version", evaluator.DataVersion);
        var started = Stopwatch.GetTimestamp();
        var decisions = new Decision[requests.Count];
        try
        {
            Parallel.For(
                0,
                requests.Count,
                new ParallelOptions { MaxDegreeOfParallelism = _settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
                i => decisions[i] = evaluator.Evaluate(requests[i]));
        }
        catch (AggregateException exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.InnerExceptions[0].Message);
            throw;
        }
        catch (OperationCanceledException exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }

        CreditRulesDiagnostics.RecordBatch(decisions.Length, Stopwatch.GetElapsedTime(started));
        if (activity is not null)
        {
            activity.SetTag("creditrules.batch.eligible", decisions.Count(d => d.Outcome == DecisionOutcome.Eligible));
            activity.SetTag("creditrules.batch.not_eligible", decisions.Count(d => d.Outcome == DecisionOutcome.NotEligible));
            activity.SetTag("creditrules.batch.incomplete", decisions.Count(d => d.Outcome == DecisionOutcome.Incomplete));
        }

        return Array.AsReadOnly(decisions);
    }
}
