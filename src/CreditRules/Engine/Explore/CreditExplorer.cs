using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// Answers the questions asked the other way round: "where do my courses count, for how much, and what is missing?"
/// (<see cref="Explore"/>) and "which course should I take next at my target school?" (<see cref="AdviseNextCourse"/>).
/// Both decide the learner's whole record with the <see cref="RecordEvaluator"/>, so caps, duplicates, precedence,
/// local credit and residency apply exactly as in a record decision.
/// </summary>
/// <remarks>
/// The ranked pass of <see cref="Explore"/> runs the outcome-only record path (<see cref="RecordEvaluator.Summarize"/>)
/// for every institution and program, in parallel over institutions; only the best
/// <see cref="ExploreRequest.ExplainTop"/> are then decided again on the explained path. Immutable; thread-safe.
/// </remarks>
public sealed class CreditExplorer
{
    private readonly EligibilityEvaluator _evaluator;
    private readonly RecordEvaluator _records;

    /// <summary>Initialises an explorer over a single-course evaluator, with the built-in record rules.</summary>
    /// <param name="evaluator">The evaluator, which supplies the catalog and policies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public CreditExplorer(EligibilityEvaluator evaluator)
        : this(evaluator, new RecordEvaluator(Preconditions.NotNull(evaluator)))
    {
    }

    /// <summary>Initialises an explorer over a record evaluator built on <paramref name="evaluator"/> (with its host record rules).</summary>
    /// <param name="evaluator">The evaluator, which supplies the catalog and policies.</param>
    /// <param name="records">The record evaluator built on <paramref name="evaluator"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CreditExplorer(EligibilityEvaluator evaluator, RecordEvaluator records)
    {
        _evaluator = Preconditions.NotNull(evaluator);
        _records = Preconditions.NotNull(records);
    }

    /// <summary>
    /// Decides the learner's claimed courses as a whole record at every institution and program that passes the
    /// request's filters, ranks them (see <see cref="ExploreResult"/>) and explains the best
    /// <see cref="ExploreRequest.ExplainTop"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the run between institutions.</param>
    /// <returns>The ranked options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">A claimed course, or an institution named in <see cref="ExploreRequest.InstitutionIds"/>, is not loaded.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExploreResult Explore(ExploreRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(request);

        var institutions = Institutions(request);
        var perInstitution = new ExploreOption[institutions.Length][];
        var claimCount = request.CourseIds.Count;
        Parallel.For(
            0,
            institutions.Length,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = request.MaxDegreeOfParallelism },
            i => perInstitution[i] = Decide(request, institutions[i], claimCount));
        var options = perInstitution.SelectMany(o => o).ToArray();
        Array.Sort(options, Compare);
        var explain = Math.Min(request.ExplainTop, options.Length);
        for (var r = 0; r < options.Length; r++)
        {
            options[r].Rank = r + 1;
        }

        for (var r = 0; r < explain; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Explain(request, options[r]);
        }

        return new ExploreResult(request.Learner.LearnerId, request.AsOf, request.CourseIds, options);
    }

    /// <summary>
    /// Ranks the catalog's courses the learner has not claimed by the credit each would add at one institution and
    /// program after the record rules, assuming the learner completes it (see remarks), then by exam fee (known fees
    /// first, least first) and deadline (soonest first), then course id; and says why each is or is not worth taking.
    /// </summary>
    /// <param name="request">The learner, the courses claimed, the target institution and program, and the as-of date.</param>
    /// <param name="cancellationToken">Cancels between courses.</param>
    /// <returns>One piece of advice per course with a recommendation that the learner has not claimed, best first.</returns>
    /// <remarks>
    /// <para>A course is decided by adding it to the claimed courses under the assumption that the learner takes its
    /// latest session on the verified track (joined a day before the track's deadline), completes it on its last day,
    /// passes the proctored exam the next day (or, when that day falls in a gap between recommendation versions, on the first day of the next version) with the top score of the scale (a <see cref="Hypothesis.ExamPassed"/> of the request, so the course's decision is marked hypothetical), is identity-verified and holds an
    /// official, verified document of every evidence kind. Fees not on record are not charged. The record, with and
    /// without the course, is decided as of the later of the as-of date and the day after the exam, so the credit
    /// gained is the difference the course makes after caps, duplicates, precedence and local-credit rules.</para>
    /// <para>The deadline is the last day of the recommendation version in force on the as-of date, or of the next
    /// version when none is yet; a course with neither has no deadline and its recommendation has lapsed.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">A claimed course, the institution or the program is not loaded.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<CourseAdvice> AdviseNextCourse(RecordEvaluationRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(request);
        var catalog = _evaluator.Catalog;
        var institution = _evaluator.Policies.GetInstitutionOrNull(request.InstitutionId)
            ?? throw new UnknownReferenceException(nameof(request.InstitutionId), request.InstitutionId, "institution");
        var claimed = new HashSet<string>(request.CourseIds, StringComparer.Ordinal);
        var advice = new List<CourseAdvice>();
        foreach (var course in catalog.Courses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var recommendations = catalog.GetRecommendations(course.Id);
            var session = catalog.GetSessions(course.Id).OrderBy(s => s.Dates.End).ThenBy(s => s.Id, StringComparer.Ordinal).LastOrDefault();
            if (claimed.Contains(course.Id) || recommendations.Count == 0 || session is null)
            {
                continue;
            }

            var deadline = Deadline(recommendations, request.AsOf);
            var examFee = request.Learner.Fees.FirstOrDefault(f => f.Kind == FeeKind.ProctoredExam && string.Equals(f.CourseId, course.Id, StringComparison.Ordinal))?.Amount;
            var examDay = ExamDay(session, recommendations);
            var asOf = examDay.PlusDays(1) > request.AsOf ? examDay.PlusDays(1) : request.AsOf;
            var learner = Completing(request.Learner, course, session, examDay);
            var without = _records.Evaluate(new RecordEvaluationRequest(learner, request.CourseIds, request.InstitutionId, request.ProgramId, asOf));
            var exam = Hypothesis.ExamPassed(course.Id, TopScore(recommendations), examDay);
            var with = _records.Evaluate(new RecordEvaluationRequest(learner, request.CourseIds.Append(course.Id), request.InstitutionId, request.ProgramId, asOf, [exam]));
            var gained = with.CreditsGranted.MinusOrZero(without.CreditsGranted);
            var award = with.GetAwardOrNull(course.Id)!;
            advice.Add(new CourseAdvice(course, gained, gained.ConvertTo(CreditUnit.SemesterHour), award, examFee, deadline, with.CreditsGranted.CompareTo(without.CreditsGranted) < 0 ? without.CreditsGranted.MinusOrZero(with.CreditsGranted) : CreditAmount.Zero(gained.Unit)));
        }

        advice.Sort(CourseAdvice.Compare);
        for (var r = 0; r < advice.Count; r++)
        {
            advice[r].Rank = r + 1;
        }

        return advice.AsReadOnly();
    }

    /// <summary>The ranking of <see cref="ExploreResult"/>: one definition, used by the sort.</summary>
    internal static int Compare(ExploreOption a, ExploreOption b)
    {
        var byCredits = b.CreditsGrantedSemesterHours.CompareTo(a.CreditsGrantedSemesterHours);
        if (byCredits != 0)
        {
            return byCredits;
        }

        var byCost = (a.Cost?.Amount ?? 0m).CompareTo(b.Cost?.Amount ?? 0m);
        if (byCost != 0)
        {
            return byCost;
        }

        var byWork = a.ClaimsOutstanding.CompareTo(b.ClaimsOutstanding);
        if (byWork != 0)
        {
            return byWork;
        }

        var byInstitution = string.CompareOrdinal(a.InstitutionId, b.InstitutionId);
        return byInstitution != 0 ? byInstitution : string.CompareOrdinal(a.ProgramId, b.ProgramId);
    }

    private Institution[] Institutions(ExploreRequest request)
    {
        var policies = _evaluator.Policies;
        for (var i = 0; i < request.CourseIds.Count; i++)
        {
            if (_evaluator.Catalog.GetCourseOrNull(request.CourseIds[i]) is null)
            {
                throw new UnknownReferenceException("CourseIds[" + Rules.Texts.Format(i) + "]", request.CourseIds[i], "course");
            }
        }

        if (request.InstitutionIds is { } ids)
        {
            return [.. ids.Select(id => policies.GetInstitutionOrNull(id) ?? throw new UnknownReferenceException(nameof(request.InstitutionIds), id, "institution"))
                .Where(i => request.Unit is not { } unit || i.CreditUnit == unit)];
        }

        return [.. policies.Institutions.Where(i => request.Unit is not { } unit || i.CreditUnit == unit)];
    }

    private ExploreOption[] Decide(ExploreRequest request, Institution institution, int claimCount)
    {
        var options = new List<ExploreOption>(institution.Programs.Count);
        foreach (var program in institution.Programs)
        {
            if (request.Filter is { } filter && !filter(institution, program))
            {
                continue;
            }

            var claims = new DecisionSummary[claimCount];
            var record = request.Template.WithProgram(institution.Id, program.Id);
            var summary = _records.Summarize(record, claims);
            Money? cost = summary.PostingFeeDue;
            var outstanding = 0;
            for (var c = 0; c < claims.Length; c++)
            {
                if (claims[c].Outcome != DecisionOutcome.Incomplete)
                {
                    continue;
                }

                outstanding++;
                if (claims[c].Reasons.Contains(ReasonCode.FeeUnpaid))
                {
                    foreach (var fee in request.Learner.Fees)
                    {
                        // FeeRule's reading: a fee whose paid/waived/refunded state is dated after the as-of date is still unpaid.
                        var status = fee.StatusDate is { } date && date > request.AsOf ? FeeStatus.Unpaid : fee.Status;
                        if (status == FeeStatus.Unpaid && string.Equals(fee.CourseId, request.CourseIds[c], StringComparison.Ordinal))
                        {
                            cost = cost is { } sum && sum.Currency == fee.Amount.Currency ? sum.Plus(fee.Amount) : cost ?? fee.Amount;
                        }
                    }
                }
            }

            if (request.MaximumCost is { } maximum && cost is { } due && due.Currency == maximum.Currency && due.Amount > maximum.Amount)
            {
                continue;
            }

            options.Add(new ExploreOption(institution, program, claims, summary, cost, outstanding));
        }

        return [.. options];
    }

    private void Explain(ExploreRequest request, ExploreOption option)
    {
        var decision = _records.Evaluate(request.Template.WithProgram(option.InstitutionId, option.ProgramId));
        var steps = decision.Awards.SelectMany(a => a.NextSteps).ToArray();
        Money? cost = null;
        LocalDate? by = null;
        foreach (var step in steps)
        {
            if (step.Cost is { } c)
            {
                cost = cost is { } sum && sum.Currency == c.Currency ? sum.Plus(c) : cost ?? c;
            }

            if (step.Deadline is { } d && (by is null || d > by))
            {
                by = d;
            }
        }

        option.Explanation = decision;
        option.NextSteps = Array.AsReadOnly(steps);
        option.NextStepsCost = cost;
        option.CompleteBy = by;
    }

    private static LocalDate? Deadline(IReadOnlyList<CreditRecommendation> recommendations, LocalDate asOf)
    {
        var versions = recommendations.SelectMany(r => r.Versions).ToArray();
        var current = versions.Where(v => v.Validity.Contains(asOf)).Select(v => (LocalDate?)v.Validity.End).DefaultIfEmpty(null).Max();
        return current ?? versions.Where(v => v.Validity.Start > asOf).OrderBy(v => v.Validity.Start).Select(v => (LocalDate?)v.Validity.End).FirstOrDefault();
    }

    /// <summary>The day after the session ends (or its exam window opens), moved to the start of the next recommendation version when it falls in a gap.</summary>
    private static LocalDate ExamDay(CourseSession session, IReadOnlyList<CreditRecommendation> recommendations)
    {
        var day = session.ExamWindow?.Start is { } windowStart && windowStart > session.Dates.End ? windowStart : session.Dates.End.PlusDays(1);
        var versions = recommendations.SelectMany(r => r.Versions).ToArray();
        if (versions.Any(v => v.Validity.Contains(day)))
        {
            return day;
        }

        var next = versions.Where(v => v.Validity.Start > day).Select(v => (LocalDate?)v.Validity.Start).Min();
        return next ?? day;
    }

    private static Score TopScore(IReadOnlyList<CreditRecommendation> recommendations)
    {
        var scale = recommendations.SelectMany(r => r.Versions).Select(v => v.MinimumPassingScore?.Scale).FirstOrDefault(s => s is not null) ?? ScoreScale.Percent;
        return new Score(scale.Maximum, scale);
    }

    /// <summary>The learner's record plus taking the course's session (the exam is a <see cref="Hypothesis"/> of the request).</summary>
    private static LearnerRecord Completing(LearnerRecord learner, Course course, CourseSession session, LocalDate examDay)
    {
        var identity = learner.IdentityVerifications.ToList();
        identity.Add(new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, session.VerifiedTrackDeadline - Duration.FromDays(2)));
        var evidence = learner.Evidence.ToList();
        foreach (var kind in Enum.GetValues<EvidenceKind>())
        {
            evidence.Add(new EvidenceDocument(kind, examDay, isOfficial: true, isVerified: true, courseId: course.Id));
        }

        return new LearnerRecord(
            learner.LearnerId,
            learner.IsVeteran,
            learner.ProgramEnrollments,
            [.. learner.CourseEnrollments, new CourseEnrollment(session.Id, EnrollmentTrack.Verified, session.VerifiedTrackDeadline - Duration.FromDays(1))],
            [.. learner.Completions, new CourseCompletion(session.Id, CompletionStatus.Completed, session.Dates.End)],
            identity,
            learner.ExamAttempts,
            learner.Fees,
            evidence,
            learner.PriorCredits,
            learner.Emails,
            learner.Exceptions,
            learner.PostingFeePayments);
    }
}
