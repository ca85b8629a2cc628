using CreditRules.Domain;
using CreditRules.Engine.Rules;
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
    /// <summary>The bits of the fee codes the pass reads per incomplete claim (no string-keyed lookup per program).</summary>
    private static readonly int FeeUnpaid = ReasonMask.IndexOf(ReasonCode.FeeUnpaid);

    private static readonly int FeeRefundedPayAgain = ReasonMask.IndexOf(ReasonCode.FeeRefundedPayAgain);

    private readonly EligibilityEvaluator _evaluator;
    private readonly RecordEvaluator _records;
    private ExploreTargets? _targets;

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
        var query = Compile(request);
        var targets = Targets;
        var claimCount = request.CourseIds.Count;
        var entries = new ExploreEntry[targets.All.Length];
        var claims = new DecisionSummary[targets.All.Length * claimCount];
        var count = RunPass(request, query, entries, claims, cancellationToken);
        var order = new int[count];
        for (var k = 0; k < count; k++)
        {
            order[k] = k;
        }

        Array.Sort(entries, order, 0, count, EntryComparer.Instance);
        var options = new ExploreOption[count];
        for (var r = 0; r < count; r++)
        {
            options[r] = new ExploreOption(entries[r], claims.AsSpan(order[r] * claimCount, claimCount).ToArray()) { Rank = r + 1 };
        }

        var explain = Math.Min(request.ExplainTop, options.Length);
        for (var r = 0; r < explain; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Explain(request, options[r]);
        }

        return new ExploreResult(request.Learner.LearnerId, request.AsOf, request.CourseIds, options);
    }

    /// <summary>
    /// The ranked outcome-only pass alone: decides the learner's claimed courses as a whole record at every institution and
    /// program that passes the request's filters, writes one <see cref="ExploreEntry"/> each into
    /// <paramref name="destination"/> and sorts them best first (the order of <see cref="ExploreResult"/>). Explains nothing
    /// (<see cref="ExploreRequest.ExplainTop"/> is not read) and allocates nothing per institution or program.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="destination">Where the entries go: at least <see cref="ProgramCount"/> long (the most that can pass the filters).</param>
    /// <param name="cancellationToken">Cancels the run between institutions.</param>
    /// <returns>The number of entries written, best first, from the start of <paramref name="destination"/>.</returns>
    /// <remarks>
    /// The learner's record is compiled once per call and shared by every institution; nothing is kept between calls.
    /// Within the call, programs of one institution whose claims have the same compiled routes share one decision of the
    /// claims (a program with an override or the learner's enrolment, and every program for a learner with an exception
    /// or a plan with host claim rules, is decided on its own); the record rules run for every program.
    /// On one thread (<see cref="ExploreRequest.MaxDegreeOfParallelism"/> 1) a warmed call allocates only that per-learner
    /// compiled form; with more threads the pass fills a buffer per call before copying into <paramref name="destination"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="ProgramCount"/>.</exception>
    /// <exception cref="UnknownReferenceException">A claimed course, or an institution named in <see cref="ExploreRequest.InstitutionIds"/>, is not loaded.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public int Rank(ExploreRequest request, Span<ExploreEntry> destination, CancellationToken cancellationToken = default) =>
        RankCounting(request, destination, out _, out _, cancellationToken);

    /// <summary><see cref="Rank(ExploreRequest, Span{ExploreEntry}, CancellationToken)"/>, saying how many programs' claims the claim rules decided and how many were shared (<see cref="ClaimGroups"/>).</summary>
    internal int RankCounting(ExploreRequest request, Span<ExploreEntry> destination, out int claimSetsDecided, out int claimSetsShared, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(request);
        var targets = Targets;
        if (destination.Length < targets.All.Length)
        {
            throw new ArgumentException("destination holds " + Rules.Texts.Format(destination.Length) + " entries; the policies have " + Rules.Texts.Format(targets.All.Length) + " institution programs.", nameof(destination));
        }

        var query = Compile(request);
        int count;
        if (request.MaxDegreeOfParallelism == 1)
        {
            var claims = new DecisionSummary[request.CourseIds.Count];
            count = Pass(request, query, 0, targets.InstitutionStarts.Length - 1, destination, claims, keepClaims: false, cancellationToken);
        }
        else
        {
            var entries = new ExploreEntry[targets.All.Length];
            count = RunPass(request, query, entries, new DecisionSummary[targets.All.Length * request.CourseIds.Count], cancellationToken);
            entries.AsSpan(0, count).CopyTo(destination);
        }

        RankKey.Sort(destination[..count]);
        claimSetsDecided = query.ClaimSetsDecided;
        claimSetsShared = query.ClaimSetsShared;
        return count;
    }

    /// <summary>Gets the number of institution programs loaded: the most entries <see cref="Rank"/> can write.</summary>
    public int ProgramCount => Targets.All.Length;

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

    /// <summary>The ranking of <see cref="ExploreResult"/>: one definition, used by every sort.</summary>
    internal static int Compare(in ExploreEntry a, in ExploreEntry b) => RankKey.Compare(RankKey.Of(in a, 0), RankKey.Of(in b, 0));

    private ExploreTargets Targets => Volatile.Read(ref _targets) ?? BuildTargets();

    private ExploreTargets BuildTargets()
    {
        // Two threads may build it; both are equal and one wins.
        var built = new ExploreTargets(_evaluator.Plan);
        return Interlocked.CompareExchange(ref _targets, built, null) ?? built;
    }

    /// <summary>A fee's status on the as-of date: a paid, waived or refunded state dated after it is still unpaid (FeeRule's reading).</summary>
    private static FeeStatus StatusAsOf(FeeObligation fee, LocalDate asOf) => fee.StatusDate is { } date && date > asOf ? FeeStatus.Unpaid : fee.Status;

    /// <summary>The request compiled once for every institution: course indexes, the learner's compact record, each claimed course's unpaid fees, the institution id set.</summary>
    private ExploreQuery Compile(ExploreRequest request)
    {
        var plan = _evaluator.Plan;
        var courses = new int[request.CourseIds.Count];
        for (var i = 0; i < courses.Length; i++)
        {
            courses[i] = plan.CourseIndexOfCourse(request.CourseIds[i]);
            if (courses[i] < 0)
            {
                throw new UnknownReferenceException("CourseIds[" + Rules.Texts.Format(i) + "]", request.CourseIds[i], "course");
            }
        }

        HashSet<string>? institutions = null;
        if (request.InstitutionIds is { } ids)
        {
            institutions = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                institutions.Add(_evaluator.Policies.GetInstitutionOrNull(id)?.Id ?? throw new UnknownReferenceException(nameof(request.InstitutionIds), id, "institution"));
            }
        }

        // FeeRule's reading: a fee whose paid/waived/refunded state is dated after the as-of date is still unpaid. A refunded
        // fee is owed again only where the policy counts refunds as unpaid (FeeRefundedPayAgain), so it is kept apart.
        var unpaid = new Money[courses.Length][];
        var refunded = new Money[courses.Length][];
        for (var c = 0; c < courses.Length; c++)
        {
            unpaid[c] = [.. request.Learner.Fees.Where(f => StatusAsOf(f, request.AsOf) == FeeStatus.Unpaid && string.Equals(f.CourseId, request.CourseIds[c], StringComparison.Ordinal)).Select(f => f.Amount)];
            refunded[c] = [.. request.Learner.Fees.Where(f => StatusAsOf(f, request.AsOf) == FeeStatus.Refunded && string.Equals(f.CourseId, request.CourseIds[c], StringComparison.Ordinal)).Select(f => f.Amount)];
        }

        // Host record rules read the request's institution and program: they get a request per target (the general path).
        var compiled = _records.HostRules.Count == 0 ? _records.Plan.CompileForEveryInstitution(request.Learner) : null;
        var prior = compiled is null ? null : RecordPlan.PriorOnOrBefore(compiled.Learner, request.AsOf);
        return new ExploreQuery(courses, compiled, unpaid, refunded, institutions, prior);
    }

    /// <summary>The pass over every institution, in parallel over contiguous ranges of institutions when the request allows; entries compacted to the front.</summary>
    private int RunPass(ExploreRequest request, ExploreQuery query, ExploreEntry[] entries, DecisionSummary[] claims, CancellationToken cancellationToken)
    {
        var starts = Targets.InstitutionStarts;
        var institutions = starts.Length - 1;
        var parts = Math.Max(1, Math.Min(request.MaxDegreeOfParallelism, institutions));
        if (parts == 1)
        {
            return Pass(request, query, 0, institutions, entries, claims, keepClaims: true, cancellationToken);
        }

        var n = request.CourseIds.Count;
        var counts = new int[parts];
        Parallel.For(
            0,
            parts,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parts },
            part =>
            {
                var from = (int)((long)institutions * part / parts);
                var to = (int)((long)institutions * (part + 1) / parts);
                var offset = starts[from];
                counts[part] = Pass(request, query, from, to, entries.AsSpan(offset), claims.AsSpan(offset * n), keepClaims: true, cancellationToken);
            });
        var count = 0;
        for (var part = 0; part < parts; part++)
        {
            var offset = starts[(int)((long)institutions * part / parts)];
            Array.Copy(entries, offset, entries, count, counts[part]);
            Array.Copy(claims, offset * n, claims, count * n, counts[part] * n);
            count += counts[part];
        }

        return count;
    }

    /// <summary>
    /// Decides the record at the programs of institutions <paramref name="from"/> to <paramref name="to"/> (exclusive)
    /// that pass the filters, one entry each from the start of <paramref name="entries"/>; each entry's claim summaries
    /// at its position in <paramref name="claims"/> when <paramref name="keepClaims"/>, else in its first slots.
    /// </summary>
    private int Pass(ExploreRequest request, ExploreQuery query, int from, int to, Span<ExploreEntry> entries, Span<DecisionSummary> claims, bool keepClaims, CancellationToken cancellationToken)
    {
        var targets = Targets;
        var all = targets.All;
        var starts = targets.InstitutionStarts;
        var n = request.CourseIds.Count;
        var plan = _records.Plan;
        var count = 0;

        // Claims are shared only for a learner without exceptions, and without host claim rules (both read the program's id).
        var shareable = query.Compiled is { } record && record.Facts.Exceptions.Length == 0 && plan.Claims.HostRules.Length == 0;
        var groups = new ClaimGroups(n);
        var routes = new RoutePlan[n];
        for (var i = from; i < to; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            groups.Clear();
            var institution = all[starts[i]].Institution;
            if (!request.Keeps(institution) || (query.Institutions is { } ids && !ids.Contains(institution.Id)))
            {
                continue;
            }

            // Without an enrolment at this institution every program gets the same policy version selection: made once.
            var forEveryProgram = query.Compiled is { } learner ? PolicyVersionSelection.ForEveryProgram(institution, learner.Learner, request.AsOf) : null;

            for (var t = starts[i]; t < starts[i + 1]; t++)
            {
                var target = all[t];
                if (!request.Keeps(institution, target.Program))
                {
                    continue;
                }

                var decided = keepClaims ? claims.Slice(count * n, n) : claims[..n];
                RecordSummary summary;
                if (query.Compiled is { } compiled)
                {
                    // Programs of this institution whose claims have the same inputs share one decision of them (ClaimGroups).
                    ReadOnlySpan<ClaimState> shared = default;
                    Span<ClaimState> capture = default;
                    var selection = forEveryProgram ?? PolicyVersionSelection.Select(institution, compiled.Learner, target.Program.Id, request.AsOf);
                    if (shareable && target.ProgramRoutes.Overrides.Length == 0 && selection.Enrollment is null)
                    {
                        for (var c = 0; c < n; c++)
                        {
                            routes[c] = target.Routes.Route(target.ProgramRoutes, selection.PolicyIndex, query.CourseIndexes[c]);
                        }

                        var group = groups.Find(routes);
                        if (group >= 0)
                        {
                            shared = groups.States(group);
                        }
                        else
                        {
                            capture = groups.Add(routes);
                        }
                    }

                    summary = plan.Summarize(request.Template, compiled, query.CourseIndexes, target.Routes, target.ProgramRoutes, decided, shared, capture, query.Prior, target.RecordRoute(plan, selection.PolicyIndex));
                    if (capture.Length != 0)
                    {
                        groups.KeepIfCopyable();
                    }

                    if (shared.Length != 0)
                    {
                        groups.Shared++;
                    }
                    else
                    {
                        groups.Decided++;
                    }
                }
                else
                {
                    summary = _records.Summarize(request.Template.WithProgram(institution.Id, target.Program.Id), decided);
                }

                Money? cost = summary.PostingFeeDue;
                var outstanding = 0;
                var steps = ExploreOption.OutstandingSteps(summary.Reasons);
                for (var c = 0; c < n; c++)
                {
                    if (decided[c].Outcome != DecisionOutcome.Incomplete)
                    {
                        continue;
                    }

                    outstanding++;
                    steps += ExploreOption.OutstandingSteps(decided[c].Reasons);
                    if (decided[c].Reasons.ContainsIndex(FeeUnpaid))
                    {
                        foreach (var fee in query.UnpaidFees[c])
                        {
                            cost = cost is { } sum && sum.Currency == fee.Currency ? sum.Plus(fee) : cost ?? fee;
                        }
                    }

                    if (decided[c].Reasons.ContainsIndex(FeeRefundedPayAgain))
                    {
                        foreach (var fee in query.RefundedFees[c])
                        {
                            cost = cost is { } sum && sum.Currency == fee.Currency ? sum.Plus(fee) : cost ?? fee;
                        }
                    }
                }

                if (request.MaximumCost is { } maximum && cost is { } due && due.Currency == maximum.Currency && due.Amount > maximum.Amount)
                {
                    continue;
                }

                entries[count++] = new ExploreEntry(institution, target.Program, target.Order, ExploreOption.BestOutcome(decided[..n]), summary, summary.CreditsGranted.ConvertTo(CreditUnit.SemesterHour), cost, outstanding, steps);
            }
        }

        Interlocked.Add(ref query.ClaimSetsDecided, groups.Decided);
        Interlocked.Add(ref query.ClaimSetsShared, groups.Shared);
        return count;
    }

    private void Explain(ExploreRequest request, ExploreOption option)
    {
        var decision = _records.Evaluate(request.Template.WithProgram(option.InstitutionId, option.ProgramId));
        var steps = decision.Awards.SelectMany(a => a.NextSteps).ToArray();
        LocalDate? by = null;
        foreach (var step in steps)
        {
            // Steps' costs are not summed: several steps show the same fee (see ExploreOption.Cost, the one total).
            if (step.Deadline is { } d && (by is null || d > by))
            {
                by = d;
            }
        }

        option.Explanation = decision;
        option.NextSteps = Array.AsReadOnly(steps);
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

/// <summary>A request compiled once for every institution (per call; nothing is kept between calls).</summary>
internal sealed class ExploreQuery(int[] courseIndexes, CompiledRecord? compiled, Money[][] unpaidFees, Money[][] refundedFees, HashSet<string>? institutions, PriorCredit[]? prior)
{
    /// <summary>The learner's prior credit on or before the as-of date, by date then id (the same at every institution), or null without <see cref="Compiled"/>.</summary>
    public PriorCredit[]? Prior { get; } = prior;

    /// <summary>The claimed courses' plan indexes, in the request's (ordinal) order.</summary>
    public int[] CourseIndexes { get; } = courseIndexes;

    /// <summary>The learner's compact record for every institution, or null when host record rules need a request per target.</summary>
    public CompiledRecord? Compiled { get; } = compiled;

    /// <summary>Each claimed course's unpaid fees as of the as-of date, in record order.</summary>
    public Money[][] UnpaidFees { get; } = unpaidFees;

    /// <summary>Each claimed course's refunded fees as of the as-of date, owed again where the policy counts a refund as unpaid.</summary>
    public Money[][] RefundedFees { get; } = refundedFees;

    /// <summary>The institution ids to consider, or null for all.</summary>
    public HashSet<string>? Institutions { get; } = institutions;

    /// <summary>The number of programs whose claims the claim rules decided in this call (see <see cref="ClaimGroups"/>).</summary>
    public int ClaimSetsDecided;

    /// <summary>The number of programs whose claims were shared from another program of the same institution in this call.</summary>
    public int ClaimSetsShared;
}

/// <summary>The ranking as a comparer (<see cref="CreditExplorer.Compare"/>): a struct for span sorts, an instance for array sorts.</summary>
internal readonly struct EntryComparer : IComparer<ExploreEntry>
{
    public static IComparer<ExploreEntry> Instance { get; } = default(EntryComparer);

    public int Compare(ExploreEntry x, ExploreEntry y) => CreditExplorer.Compare(in x, in y);
}
