using CreditRules.Domain;
using CreditRules.Engine.Rules;
using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>
/// Decides a learner's whole record at one institution and program: every claimed course (through the single-course
/// <see cref="EligibilityEvaluator"/>) together with prior credit, under the policy's <see cref="RecordPolicy"/>.
/// </summary>
/// <remarks>
/// <para>The record pipeline: apply hypothetical facts to a copy of the record; decide each course alone; refuse
/// duplicates of prior credit (unless the prior grade is below the blocking minimum), duplicates within the request (the
/// later in allocation order, naming the one kept) and lower courses after more advanced ones; count posted external
/// credit against the caps first (it is never removed); allocate what remains to eligible courses in the policy's named
/// order, ties by course id; hold credit until enough local credit is earned; report residency outstanding and the
/// posting fee.</para>
/// <para>Only courses eligible on their own take part in allocation: an Incomplete course reserves no room, so finishing
/// it later may find a cap already used. Unposted external prior credit counts for duplicates and precedence, not caps.</para>
/// <para>Deterministic: courses, prior credit and hypotheses are put in canonical order first, so the same facts in any
/// order give an equal decision. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordEvaluator
{
    private const int MaxExactSearch = 16;

    private readonly EligibilityEvaluator _evaluator;

    /// <summary>Initialises a record evaluator on top of a single-course evaluator.</summary>
    /// <param name="evaluator">The single-course evaluator, which also supplies the catalog and policies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public RecordEvaluator(EligibilityEvaluator evaluator)
    {
        _evaluator = Preconditions.NotNull(evaluator);
    }

    /// <summary>Decides a whole record.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">A course (claimed or named by a hypothesis), the institution or the program is not loaded.</exception>
    /// <exception cref="ArgumentException">A hypothetical prior credit repeats the id of one on record.</exception>
    /// <exception cref="InvalidPolicyException">A percentage cap has no program total, or grades are on different scales.</exception>
    public RecordDecision Evaluate(RecordEvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var institution = _evaluator.Policies.GetInstitutionOrNull(request.InstitutionId)
            ?? throw new UnknownReferenceException(nameof(request.InstitutionId), request.InstitutionId, "institution");
        var program = institution.GetProgramOrNull(request.ProgramId)
            ?? throw new UnknownReferenceException(nameof(request.ProgramId), request.ProgramId, "program of institution '" + institution.Id + "'");
        for (var i = 0; i < request.CourseIds.Count; i++)
        {
            if (_evaluator.Catalog.GetCourseOrNull(request.CourseIds[i]) is null)
            {
                throw new UnknownReferenceException("CourseIds[" + Texts.Format(i) + "]", request.CourseIds[i], "course");
            }
        }

        for (var i = 0; i < request.Hypotheses.Count; i++)
        {
            if (request.Hypotheses[i].CourseId is { } courseId && _evaluator.Catalog.GetCourseOrNull(courseId) is null)
            {
                throw new UnknownReferenceException("Hypotheses[" + Texts.Format(i) + "].CourseId", courseId, "course");
            }
        }

        var learner = Hypothesis.Apply(request.Learner, request.Hypotheses, institution.TimeZone);
        var run = new Run(this, request, learner, institution, program);
        return run.Decide();
    }

    /// <summary>
    /// Compares the decisions for two requests about the same learner and names, for each reason that appeared,
    /// disappeared or changed, the one input change that settled it.
    /// </summary>
    /// <param name="before">The request on record (or the earlier what-if).</param>
    /// <param name="after">The what-if request.</param>
    /// <returns>The diff.</returns>
    /// <remarks>
    /// The changes are applied one at a time, each followed by an evaluation: institution and program, as-of date,
    /// courses claimed, hypotheses removed, then hypotheses added (each in canonical order). A reason change is caused by
    /// the last step that changed the reason's state; a policy version that changed in that step is named with it.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The requests are about different learners.</exception>
    /// <exception cref="UnknownReferenceException">A request names a course, institution or program that is not loaded.</exception>
    public DecisionDiff Diff(RecordEvaluationRequest before, RecordEvaluationRequest after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var first = Evaluate(before);
        var last = Evaluate(after);
        if (!string.Equals(first.LearnerId, last.LearnerId, StringComparison.Ordinal))
        {
            return DecisionDiff.Compare(first, last);   // throws, naming both learners
        }

        var inputs = DecisionDiff.InputsBetween(first, last);
        var steps = new List<(RecordDecision Decision, List<InputChange> Causes)> { (first, []) };
        var current = before;
        void Step(RecordEvaluationRequest next, params InputChangeKind[] kinds)
        {
            current = next;
            steps.Add((Evaluate(next), inputs.Where(i => kinds.Contains(i.Kind)).ToList()));
        }

        if (!string.Equals(before.InstitutionId, after.InstitutionId, StringComparison.Ordinal) || !string.Equals(before.ProgramId, after.ProgramId, StringComparison.Ordinal))
        {
            Step(current.WithProgram(after.InstitutionId, after.ProgramId), InputChangeKind.Institution, InputChangeKind.Program);
        }

        if (before.AsOf != after.AsOf)
        {
            Step(current.WithAsOf(after.AsOf), InputChangeKind.AsOf);
        }

        if (!before.CourseIds.SequenceEqual(after.CourseIds, StringComparer.Ordinal))
        {
            Step(new RecordEvaluationRequest(current.Learner, after.CourseIds, current.InstitutionId, current.ProgramId, current.AsOf, current.Hypotheses), InputChangeKind.CoursesClaimed);
        }

        foreach (var change in inputs.Where(i => i.Kind is InputChangeKind.HypothesisRemoved or InputChangeKind.HypothesisAdded))
        {
            var facts = change.Kind == InputChangeKind.HypothesisRemoved
                ? current.Hypotheses.Where(h => !string.Equals(h.Description, change.Before, StringComparison.Ordinal))
                : current.Hypotheses.Append(after.Hypotheses.First(h => string.Equals(h.Description, change.After, StringComparison.Ordinal)));
            current = new RecordEvaluationRequest(current.Learner, current.CourseIds, current.InstitutionId, current.ProgramId, current.AsOf, facts);
            steps.Add((Evaluate(current), [change]));
        }

        if (!ReferenceEquals(current.Learner, after.Learner))
        {
            // Facts on record differ too: no input change names them, so reasons settled here fall back to the heuristic.
            Step(new RecordEvaluationRequest(after.Learner, current.CourseIds, current.InstitutionId, current.ProgramId, current.AsOf, current.Hypotheses));
        }

        var policyChange = inputs.FirstOrDefault(i => i.Kind == InputChangeKind.PolicyVersion);
        for (var k = 1; k < steps.Count && policyChange is not null; k++)
        {
            if (!string.Equals(steps[k].Decision.PolicyVersion, steps[k - 1].Decision.PolicyVersion, StringComparison.Ordinal))
            {
                steps[k].Causes.Add(policyChange);
            }
        }

        IReadOnlyList<InputChange>? Attribute(string? courseId, string key, int index)
        {
            string? StateOf(RecordDecision decision)
            {
                var reasons = courseId is null ? decision.Reasons : decision.GetAwardOrNull(courseId)?.AllReasons ?? [];
                return reasons.Where(r => string.Equals(DecisionDiff.Key(r), key, StringComparison.Ordinal)).Select(r => r.Message).ElementAtOrDefault(index);
            }

            IReadOnlyList<InputChange>? cause = null;
            for (var k = 1; k < steps.Count; k++)
            {
                if (!string.Equals(StateOf(steps[k].Decision), StateOf(steps[k - 1].Decision), StringComparison.Ordinal))
                {
                    cause = steps[k].Causes;
                }
            }

            return cause is { Count: > 0 } ? cause : null;
        }

        return DecisionDiff.Compare(first, last, Attribute);
    }

    private sealed class Claim(Decision decision, string? key, CreditLevel level, CreditAmount need)
    {
        public Decision Decision { get; } = decision;

        public string CourseId => Decision.CourseId;

        public string? Key { get; } = key;

        public CreditLevel Level { get; } = level;

        public CreditAmount Need { get; } = need;

        public List<Reason> Reasons { get; } = [];

        public List<NextStep> Steps { get; } = [];

        public CreditAmount Allocated { get; set; }

        public bool Elective { get; set; }

        public int? Rank { get; set; }

        public bool IsBlocked => Decision.Outcome == DecisionOutcome.NotEligible || Reasons.Any(r => r.Severity == ReasonSeverity.Blocking);

        public bool IsEligible => Decision.Outcome == DecisionOutcome.Eligible && !Reasons.Any(r => r.Severity is ReasonSeverity.Blocking or ReasonSeverity.Outstanding);

        public LocalDateOrder Date => new(Decision.QualifyingDate);
    }

    /// <summary>A qualifying date where a missing one sorts last.</summary>
    private readonly record struct LocalDateOrder(NodaTime.LocalDate? Value) : IComparable<LocalDateOrder>
    {
        public int CompareTo(LocalDateOrder other) => (Value, other.Value) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };

        public override string ToString() => Value is { } v ? Texts.Format(v) : "no qualifying date";
    }

    private sealed class Run
    {
        private readonly RecordEvaluator _owner;
        private readonly RecordEvaluationRequest _request;
        private readonly LearnerRecord _learner;
        private readonly Institution _institution;
        private readonly DegreeProgram _program;
        private readonly CreditUnit _unit;
        private readonly InstitutionPolicy? _policy;
        private readonly RecordPolicy? _rules;
        private readonly List<Reason> _reasons = [];
        private readonly List<RuleTraceEntry> _trace = [];
        private readonly PriorCredit[] _prior;
        private List<Claim> _claims = [];

        public Run(RecordEvaluator owner, RecordEvaluationRequest request, LearnerRecord learner, Institution institution, DegreeProgram program)
        {
            _owner = owner;
            _request = request;
            _learner = learner;
            _institution = institution;
            _program = program;
            _unit = institution.CreditUnit;
            // The same policy version the single-course engine selects: by the latest enrolment in the program, else the as-of date.
            _policy = PolicyVersionSelection.Select(institution, learner, program.Id, request.AsOf).Policy;
            _rules = _policy?.RecordPolicy;
            _prior = learner.PriorCredits
                .Where(p => p.Date <= request.AsOf)
                .OrderBy(p => p.Date)
                .ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToArray();
        }

        private string? PolicyVersion => _policy?.Id;

        private bool IsLocal(PriorCredit credit) => credit.IsInResidenceAt(_institution.Id);

        private bool IsPostedExternal(PriorCredit credit) => credit.IsPostedAt(_institution.Id) && !IsLocal(credit);

        public RecordDecision Decide()
        {
            foreach (var hypothesis in _request.Hypotheses)
            {
                Add(_reasons, ReasonCode.HypotheticalFact, "record.what-if", ("Fact", hypothesis.Description));
            }

            _trace.Add(new RuleTraceEntry(
                "record.inputs",
                RuleOutcome.Passed,
                Texts.Format(_request.CourseIds.Count) + " course(s) claimed; " + Texts.Format(_prior.Length) + " prior credit(s) on or before "
                    + Texts.Format(_request.AsOf) + " (" + Texts.Format(_prior.Count(IsPostedExternal)) + " posted external, "
                    + Texts.Format(_prior.Count(IsLocal)) + " in residence here); " + Texts.Format(_request.Hypotheses.Count) + " hypothetical fact(s)"));

            foreach (var courseId in _request.CourseIds)
            {
                var decision = _owner._evaluator.Evaluate(new EvaluationRequest(_learner, courseId, _institution.Id, _program.Id, _request.AsOf));
                var need = decision.Outcome == DecisionOutcome.Eligible ? decision.CreditsGranted : CreditAmount.Zero(_unit);
                _claims.Add(new Claim(decision, _rules?.GetEquivalenceKeyOrNull(courseId), LevelOf(decision), need));
            }

            if (_rules is null)
            {
                _trace.Add(new RuleTraceEntry("record.policy", RuleOutcome.NotApplicable, "policy " + (PolicyVersion ?? "(none)") + " has no record policy: no caps, duplicate, precedence or posting rules"));
            }
            else
            {
                _trace.Add(new RuleTraceEntry("record.policy", RuleOutcome.Passed, "record policy " + _rules.Id + " of policy " + PolicyVersion));
                DuplicatesOfPriorCredit(_rules);
                DuplicatesWithinRequest(_rules);
                Precedence(_rules);
            }

            var caps = Allocate();
            var held = LocalCredits();
            var residency = Residency();
            var fee = PostingFee(held);
            var awards = BuildAwards();
            var posted = CreditAmount.Zero(_unit);
            foreach (var credit in _prior.Where(IsPostedExternal))
            {
                posted = posted.Plus(credit.Amount.ConvertTo(_unit));
            }

            return new RecordDecision(_request, PolicyVersion, _rules?.Id, _unit, awards, posted, caps, residency, fee, _reasons.ToArray(), _trace.ToArray());
        }

        /// <summary>The level a claim counts at for level-scoped caps: the highest level its accepted lines are granted at (after program override restrictions).</summary>
        private static CreditLevel LevelOf(Decision decision) =>
            decision.GrantedLines.Count == 0 ? CreditLevel.LowerDivision : decision.GrantedLines.Max(l => l.Level);

        private void Add(List<Reason> target, ReasonCode code, string ruleId, params ReasonArg[] arguments) =>
            target.Add(ReasonArg.Build(code, code.DefaultSeverity, ruleId, PolicyVersion, arguments));

        /// <summary>Whether prior credit counts as held for duplicates and precedence: no blocking grade, no grade (CR), or a grade at or above it.</summary>
        private bool Counts(PriorCredit credit, RecordPolicy rules)
        {
            if (rules.BlockingMinimumGrade is not { } minimum || credit.Grade is not { } grade)
            {
                return true;
            }

            if (!grade.IsComparableTo(minimum))
            {
                throw new InvalidPolicyException(
                    "Institution '" + _institution.Id + "', record policy '" + rules.Id + "', BlockingMinimumGrade",
                    minimum.ToString(),
                    "prior credit '" + credit.Id + "' of learner '" + _learner.LearnerId + "' is graded " + grade + "; the minimum must use the same scale.");
            }

            return grade >= minimum;
        }

        private void DuplicatesOfPriorCredit(RecordPolicy rules)
        {
            const string RuleId = "record.duplicates";
            var found = 0;
            foreach (var claim in _claims.Where(c => c.Key is not null && !c.IsBlocked))
            {
                foreach (var credit in _prior.Where(p => string.Equals(p.EquivalenceKey, claim.Key, StringComparison.Ordinal)))
                {
                    found++;
                    var grade = credit.Grade?.ToString() ?? "no grade";
                    if (Counts(credit, rules))
                    {
                        Add(claim.Reasons, ReasonCode.DuplicateOfPriorCredit, RuleId, ("PriorCreditId", credit.Id), ("Grade", grade), ("EquivalenceKey", claim.Key!), ("CourseId", claim.CourseId));
                        break;
                    }

                    Add(claim.Reasons, ReasonCode.DuplicateBelowBlockingGrade, RuleId, ("PriorCreditId", credit.Id), ("EquivalenceKey", claim.Key!), ("Grade", grade), ("Minimum", rules.BlockingMinimumGrade!.Value.ToString()), ("CourseId", claim.CourseId));
                }
            }

            _trace.Add(new RuleTraceEntry(RuleId, found == 0 ? RuleOutcome.Passed : RuleOutcome.Failed, Texts.Format(rules.Equivalences.Count) + " equivalence(s); " + Texts.Format(found) + " prior credit(s) share a claimed course's key" + (rules.BlockingMinimumGrade is { } m ? "; blocking from " + m : "; any grade blocks")));
        }

        private void DuplicatesWithinRequest(RecordPolicy rules)
        {
            const string RuleId = "record.duplicates.request";
            var groups = _claims.Where(c => c.Key is not null && !c.IsBlocked)
                .GroupBy(c => c.Key!, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToArray();
            foreach (var group in groups)
            {
                var ordered = group.ToList();
                ordered.Sort((a, b) => CompareForKeeping(a, b, rules));
                var kept = ordered[0];
                foreach (var later in ordered.Skip(1))
                {
                    Add(later.Reasons, ReasonCode.DuplicateWithinRequest, RuleId, ("CourseId", later.CourseId), ("KeptCourseId", kept.CourseId), ("EquivalenceKey", group.Key), ("Order", rules.AllocationOrder.ToString()));
                }
            }

            _trace.Add(new RuleTraceEntry(RuleId, groups.Length == 0 ? RuleOutcome.Passed : RuleOutcome.Failed, groups.Length == 0 ? "no two claimed courses share a key" : string.Join("; ", groups.Select(g => g.Key + ": " + string.Join(", ", g.Select(c => c.CourseId))))));
        }

        /// <summary>Which of two claims for the same local course is kept: the eligible one, then the allocation order.</summary>
        private static int CompareForKeeping(Claim a, Claim b, RecordPolicy rules)
        {
            var byEligibility = b.IsEligible.CompareTo(a.IsEligible);
            if (byEligibility != 0)
            {
                return byEligibility;
            }

            if (rules.AllocationOrder == AllocationOrder.MaximiseCredits && a.Need != b.Need)
            {
                return b.Need.CompareTo(a.Need);
            }

            return CompareInOrder(a, b, rules);
        }

        private static int PriorityOf(Claim claim, RecordPolicy rules)
        {
            for (var i = 0; i < rules.RequirementPriority.Count; i++)
            {
                var entry = rules.RequirementPriority[i];
                if (string.Equals(entry, claim.CourseId, StringComparison.Ordinal) || string.Equals(entry, claim.Key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        private static int CompareInOrder(Claim a, Claim b, RecordPolicy? rules)
        {
            if (rules?.AllocationOrder == AllocationOrder.RequirementPriority)
            {
                var byPriority = PriorityOf(a, rules).CompareTo(PriorityOf(b, rules));
                if (byPriority != 0)
                {
                    return byPriority;
                }
            }

            var byDate = a.Date.CompareTo(b.Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.CourseId, b.CourseId);
        }

        private void Precedence(RecordPolicy rules)
        {
            foreach (var chain in rules.Precedence)
            {
                var ruleId = "record.precedence:" + chain.Id;
                var refused = new List<string>();
                // Decide every claim against the facts before this rule, so the result does not depend on claim order.
                var advancedClaims = _claims.Where(c => c.Key is not null && c.IsEligible && c.Decision.QualifyingDate is not null).ToArray();
                foreach (var claim in _claims.Where(c => c.Key is not null && !c.IsBlocked))
                {
                    var rank = chain.RankOf(claim.Key!);
                    if (rank < 0)
                    {
                        continue;
                    }

                    // A course still to be finished would come after anything already credited.
                    var date = claim.Decision.QualifyingDate ?? _request.AsOf;
                    var candidates = _prior
                        .Where(p => p.EquivalenceKey is { } k && chain.RankOf(k) > rank && p.Date <= date && Counts(p, rules))
                        .Select(p => (By: "prior credit " + p.Id, Key: p.EquivalenceKey!, Date: p.Date))
                        .Concat(advancedClaims
                            .Where(c => !ReferenceEquals(c, claim) && chain.RankOf(c.Key!) > rank && c.Decision.QualifyingDate!.Value <= date)
                            .Select(c => (By: "claimed course " + c.CourseId, Key: c.Key!, Date: c.Decision.QualifyingDate!.Value)))
                        .OrderBy(x => x.Date)
                        .ThenBy(x => x.By, StringComparer.Ordinal)
                        .ToArray();
                    if (candidates.Length == 0)
                    {
                        continue;
                    }

                    var first = candidates[0];
                    Add(claim.Reasons, ReasonCode.LowerAfterAdvanced, ruleId, ("CourseId", claim.CourseId), ("EquivalenceKey", claim.Key!), ("AdvancedKey", first.Key), ("AdvancedBy", first.By), ("AdvancedDate", Texts.Format(first.Date)), ("ChainId", chain.Id), ("Chain", string.Join(" < ", chain.KeysFromLowest)));
                    refused.Add(claim.CourseId);
                }

                _trace.Add(new RuleTraceEntry(ruleId, refused.Count == 0 ? RuleOutcome.Passed : RuleOutcome.Failed, chain + (refused.Count == 0 ? "; nothing refused" : "; refused " + string.Join(", ", refused))));
            }
        }

        private CreditAmount LimitOf(CreditCap cap)
        {
            if (cap.Limit is { } limit)
            {
                return limit.ConvertTo(_unit);
            }

            var total = _program.TotalCredits
                ?? throw new InvalidPolicyException(
                    "Institution '" + _institution.Id + "', record policy '" + _rules!.Id + "', cap '" + cap.Id + "'",
                    cap.PercentOfProgram!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " %",
                    "a percentage cap needs the program's TotalCredits, and program '" + _program.Id + "' sets none.");
            return CreditAmount.FromRational(total.ConvertTo(_unit).Hours * Rational.FromDecimal(cap.PercentOfProgram!.Value) / Rational.FromInteger(100), _unit);
        }

        private List<CapUsage> Allocate()
        {
            const string OrderRule = "record.order";
            var rules = _rules;
            var caps = rules?.Caps ?? [];
            // Issue 18 hook: an AdjustCap exception of the learner replaces the cap's limit (the one call; port it with the cap rule).
            var limits = caps.Select(c => _learner.AdjustedCapLimit(c.Id, _institution.Id, _program.Id, _request.AsOf, LimitOf(c))).ToArray();
            var posted = caps.Select(_ => CreditAmount.Zero(_unit)).ToArray();
            var granted = caps.Select(_ => CreditAmount.Zero(_unit)).ToArray();
            var postedCredits = _prior.Where(IsPostedExternal).ToArray();
            for (var c = 0; c < caps.Count; c++)
            {
                foreach (var credit in postedCredits.Where(p => caps[c].Covers(p.Source, p.Level)))
                {
                    posted[c] = posted[c].Plus(credit.Amount.ConvertTo(_unit));
                }

                if (posted[c] > limits[c])
                {
                    Add(_reasons, ReasonCode.PostedCreditExceedsCap, "record.cap:" + caps[c].Id, ("Posted", posted[c].ToString()), ("CapId", caps[c].Id), ("Limit", limits[c].ToString()));
                }
            }

            var candidates = _claims.Where(c => c.IsEligible && !c.Need.IsZero).ToList();
            var order = Order(candidates, rules, caps, limits, posted);
            var orderName = rules?.AllocationOrder ?? AllocationOrder.Chronological;
            _trace.Add(new RuleTraceEntry(
                OrderRule,
                RuleOutcome.Passed,
                orderName + " order, ties by course id: posted credit first (" + (postedCredits.Length == 0 ? "none" : string.Join(", ", postedCredits.Select(p => p.Id + " " + p.Amount))) + "), then "
                    + (order.Count == 0 ? "no eligible course" : string.Join(", ", order.Select((c, i) => Texts.Format(i + 1) + ". " + c.CourseId + " (" + c.Date + ", " + c.Need + ")")))));

            var rank = 0;
            foreach (var claim in order)
            {
                claim.Rank = ++rank;
                var covering = Enumerable.Range(0, caps.Count).Where(c => caps[c].Covers(PriorCreditSource.PriorLearning, claim.Level)).ToArray();
                int? binding = null;
                foreach (var c in covering)
                {
                    if (binding is null || Room(c) < Room(binding.Value))
                    {
                        binding = c;
                    }
                }

                int? bindingAll = null;
                foreach (var c in covering.Where(c => caps[c].Scope == CapScope.All))
                {
                    if (bindingAll is null || Room(c) < Room(bindingAll.Value))
                    {
                        bindingAll = c;
                    }
                }

                CreditAmount Room(int c) => limits[c].MinusOrZero(posted[c].Plus(granted[c]));

                var need = claim.Need;
                string note;
                if (binding is not { } b || need <= Room(b))
                {
                    claim.Allocated = need;
                    note = "granted in full";
                }
                else if (rules!.OverflowToElectives && caps[b].Scope != CapScope.All && (bindingAll is not { } ba || need <= Room(ba)))
                {
                    claim.Allocated = need;
                    claim.Elective = true;
                    Add(claim.Reasons, ReasonCode.CapOverflowToElectives, "record.cap:" + caps[b].Id, ("CapId", caps[b].Id), ("Cap", caps[b].ToString()), ("Remaining", Room(b).ToString()), ("Needed", need.ToString()));
                    note = "over cap " + caps[b].Id + ", granted as elective credit";
                }
                else
                {
                    var room = Room(b);
                    ReasonArg[] capArgs = [("CapId", caps[b].Id), ("Cap", caps[b].ToString()), ReasonArg.Of("Remaining", room), ReasonArg.Of("Limit", limits[b])];
                    if (rules.AllowPartialAwards && !room.IsZero)
                    {
                        claim.Allocated = room;
                        Add(claim.Reasons, ReasonCode.CapPartiallyApplied, "record.cap:" + caps[b].Id, [.. capArgs, ReasonArg.Of("Granted", room), ReasonArg.Of("Needed", need)]);
                        note = "partial award under cap " + caps[b].Id;
                    }
                    else
                    {
                        claim.Allocated = CreditAmount.Zero(_unit);
                        Add(claim.Reasons, ReasonCode.CapReached, "record.cap:" + caps[b].Id, [.. capArgs, ReasonArg.Of("Needed", need)]);
                        note = "cap " + caps[b].Id + " reached" + (rules.AllowPartialAwards ? string.Empty : "; whole-course awards only");
                    }
                }

                foreach (var c in covering)
                {
                    if (!claim.Elective || caps[c].Scope == CapScope.All)
                    {
                        granted[c] = granted[c].Plus(claim.Allocated);
                    }
                }

                _trace.Add(new RuleTraceEntry(
                    "record.allocation",
                    claim.Allocated == need ? RuleOutcome.Passed : RuleOutcome.Limited,
                    Texts.Format(rank) + ". " + claim.CourseId + ": needs " + need + (binding is { } bb ? ", room " + Room(bb) + " under " + caps[bb].Id + " after this award" : ", no cap") + "; " + note + ": " + claim.Allocated));
            }

            return Enumerable.Range(0, caps.Count).Select(c => new CapUsage(caps[c], limits[c], posted[c], granted[c])).ToList();
        }

        private List<Claim> Order(List<Claim> candidates, RecordPolicy? rules, IReadOnlyList<CreditCap> caps, CreditAmount[] limits, CreditAmount[] posted)
        {
            var chronological = candidates.ToList();
            chronological.Sort((a, b) => CompareInOrder(a, b, rules is { AllocationOrder: AllocationOrder.RequirementPriority } ? rules : null));
            if (rules?.AllocationOrder != AllocationOrder.MaximiseCredits || caps.Count == 0)
            {
                return chronological;
            }

            var n = chronological.Count;
            if (n > MaxExactSearch)
            {
                // An exact search over more courses is too costly; the largest awards first approximates it, and says so.
                var greedy = chronological.OrderByDescending(c => c.Need).ThenBy(c => c.Date).ThenBy(c => c.CourseId, StringComparer.Ordinal).ToList();
                _trace.Add(new RuleTraceEntry("record.order.search", RuleOutcome.Limited, Texts.Format(n) + " courses exceed the exact search limit of " + Texts.Format(MaxExactSearch) + "; largest award first"));
                return greedy;
            }

            // Only caps that can refuse credit constrain the search: with overflow, source and level caps only reroute it.
            var binding = Enumerable.Range(0, caps.Count).Where(c => !rules.OverflowToElectives || caps[c].Scope == CapScope.All).ToArray();
            var rooms = binding.Select(c => limits[c].MinusOrZero(posted[c])).ToArray();
            var bestMask = -1L;
            var bestTotal = CreditAmount.Zero(_unit);
            for (var mask = 0L; mask < 1L << n; mask++)
            {
                var total = CreditAmount.Zero(_unit);
                var used = binding.Select(_ => CreditAmount.Zero(_unit)).ToArray();
                var feasible = true;
                for (var i = 0; i < n && feasible; i++)
                {
                    if ((mask & (1L << (n - 1 - i))) == 0)
                    {
                        continue;
                    }

                    total = total.Plus(chronological[i].Need);
                    for (var k = 0; k < binding.Length; k++)
                    {
                        if (caps[binding[k]].Covers(PriorCreditSource.PriorLearning, chronological[i].Level))
                        {
                            used[k] = used[k].Plus(chronological[i].Need);
                            feasible &= used[k] <= rooms[k];
                        }
                    }
                }

                // Larger masks hold earlier courses (bit n-1 is the earliest), so ties keep the earliest courses.
                if (feasible && (bestMask < 0 || total > bestTotal || (total == bestTotal && mask > bestMask)))
                {
                    bestMask = mask;
                    bestTotal = total;
                }
            }

            var chosen = chronological.Where((_, i) => (bestMask & (1L << (n - 1 - i))) != 0).ToList();
            _trace.Add(new RuleTraceEntry("record.order.search", RuleOutcome.Passed, "the whole courses granting the most credit (" + bestTotal + "): " + (chosen.Count == 0 ? "none" : string.Join(", ", chosen.Select(c => c.CourseId)))));
            return chosen.Concat(chronological.Where(c => !chosen.Contains(c))).ToList();
        }

        private CreditAmount LocalCreditsEarned()
        {
            var earned = CreditAmount.Zero(_unit);
            foreach (var credit in _prior.Where(IsLocal))
            {
                earned = earned.Plus(credit.Amount.ConvertTo(_unit));
            }

            return earned;
        }

        /// <summary>Holds approved credit until enough local credit is earned; returns the claims held (eligible apart from the hold).</summary>
        private List<Claim> LocalCredits()
        {
            const string RuleId = "record.local-credits";
            var heldClaims = new List<Claim>();
            if (_rules?.LocalCreditsBeforePosting is not { } requiredAny)
            {
                _trace.Add(new RuleTraceEntry(RuleId, RuleOutcome.NotApplicable, "no local credit required before posting"));
                return heldClaims;
            }

            var required = requiredAny.ConvertTo(_unit);
            var earned = LocalCreditsEarned();
            if (earned >= required)
            {
                _trace.Add(new RuleTraceEntry(RuleId, RuleOutcome.Passed, earned + " earned in residence, " + required + " required before posting"));
                return heldClaims;
            }

            var missing = required.MinusOrZero(earned);
            var held = 0;
            foreach (var claim in _claims.Where(c => c.IsEligible && !c.Allocated.IsZero).OrderBy(c => c.Rank))
            {
                held++;
                heldClaims.Add(claim);
                Add(claim.Reasons, ReasonCode.LocalCreditsRequired, RuleId, ReasonArg.Of("Required", required), ReasonArg.Of("Earned", earned), ReasonArg.Of("Missing", missing));
                claim.Steps.Add(new NextStep(NextStepCode.EarnLocalCredits, "Earn " + missing + " more at " + _institution.Name + "; credit by evaluation is posted only after " + required + " there."));
            }

            _trace.Add(new RuleTraceEntry(RuleId, RuleOutcome.Failed, earned + " earned in residence, " + required + " required before posting; " + Texts.Format(held) + " course(s) held"));
            return heldClaims;
        }

        private CreditAmount? Residency()
        {
            const string RuleId = "record.residency";
            if (_program.ResidencyRequired is not { } requiredAny)
            {
                _trace.Add(new RuleTraceEntry(RuleId, RuleOutcome.NotApplicable, "program " + _program.Id + " sets no residency"));
                return null;
            }

            var required = requiredAny.ConvertTo(_unit);
            var earned = LocalCreditsEarned();
            var outstanding = required.MinusOrZero(earned);
            if (!outstanding.IsZero)
            {
                Add(_reasons, ReasonCode.ResidencyOutstanding, RuleId, ("ProgramId", _program.Id), ("Required", required.ToString()), ("Earned", earned.ToString()), ("Outstanding", outstanding.ToString()));
            }

            _trace.Add(new RuleTraceEntry(RuleId, outstanding.IsZero ? RuleOutcome.Passed : RuleOutcome.Limited, earned + " of " + required + " earned in residence; credit by evaluation never counts"));
            return outstanding;
        }

        private List<CourseAward> BuildAwards()
        {
            var ordered = _claims.Where(c => c.Rank is not null).OrderBy(c => c.Rank)
                .Concat(_claims.Where(c => c.Rank is null).OrderBy(c => c.CourseId, StringComparer.Ordinal));
            var awards = new List<CourseAward>();
            foreach (var claim in ordered)
            {
                var outcome = Rules.Precedence.Outcome(
                    claim.IsBlocked,
                    claim.Decision.Outcome == DecisionOutcome.Incomplete || claim.Reasons.Any(r => r.Severity == ReasonSeverity.Outstanding));
                var steps = outcome == DecisionOutcome.Incomplete ? claim.Decision.NextSteps.Concat(claim.Steps).ToArray() : [];
                awards.Add(new CourseAward(
                    claim.Decision,
                    outcome,
                    claim.Allocated,
                    outcome == DecisionOutcome.Eligible ? claim.Allocated : CreditAmount.Zero(_unit),
                    claim.Elective,
                    claim.Rank,
                    claim.Key,
                    claim.Reasons.ToArray(),
                    steps));
            }

            return awards;
        }

        /// <summary>
        /// Prices the posting fee on the credit that will post: what is granted now plus what is approved but held until
        /// local credit is earned (that fee falls due when the held credit posts, and the first held course says so).
        /// </summary>
        private Money? PostingFee(List<Claim> held)
        {
            const string RuleId = "record.posting-fee";
            if (_rules?.PostingFee is not { } fee)
            {
                _trace.Add(new RuleTraceEntry(RuleId, RuleOutcome.NotApplicable, "no posting fee"));
                return null;
            }

            var granted = CreditAmount.Zero(_unit);
            foreach (var claim in _claims.Where(c => c.IsEligible))
            {
                granted = granted.Plus(claim.Allocated);
            }

            var heldCredits = CreditAmount.Zero(_unit);
            foreach (var claim in held)
            {
                heldCredits = heldCredits.Plus(claim.Allocated);
            }

            var toPost = granted.Plus(heldCredits);
            var amount = fee.For(toPost);
            if (toPost.IsZero)
            {
                _trace.Add(new RuleTraceEntry(RuleId, RuleOutcome.Skipped, "nothing granted, nothing to post"));
                return amount;
            }

            if (fee.WaivedForVeterans && _learner.IsVeteran)
            {
                Add(_reasons, ReasonCode.PostingFeeWaived, RuleId, ("Amount", amount.ToString()), ("WaiverReason", "veteran"));
                _trace.Add(new RuleTraceEntry(RuleId, RuleOutcome.Passed, fee + "; waived: veteran"));
                return new Money(0, amount.Currency);
            }

            Add(_reasons, ReasonCode.PostingFeeDue, RuleId, ("Amount", amount.ToString()), ("OneTime", fee.OneTime.ToString()), ("PerCredit", fee.PerCredit.ToString()), ("Credits", toPost.ToString()));
            if (held.Count > 0)
            {
                held[0].Steps.Add(new NextStep(NextStepCode.PayFee, "Pay the " + amount + " posting fee (" + fee.OneTime + " once + " + fee.PerCredit + " per credit for " + toPost + ") when the held credit posts.", cost: amount));
            }

            _trace.Add(new RuleTraceEntry(RuleId, RuleOutcome.Passed, fee + " for " + toPost + (heldCredits.IsZero ? string.Empty : " (" + heldCredits + " held until local credit is earned)") + ": " + amount));
            return amount;
        }
    }
}
