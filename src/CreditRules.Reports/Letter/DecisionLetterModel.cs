using System.Text.Json;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Reports;

/// <summary>
/// The decision letter a registrar sends a learner: the outcome of each course claimed at one institution and program,
/// the credits with level and area, each reason in plain language, next steps with deadlines and costs, the versions
/// and as-of date used and, when asked, a hypothetical section. Internal codes appear only in the staff footnote.
/// Built by <see cref="Create(RecordDecision, Catalog, PolicySet, RecordDecision?)"/>; rendered by
/// <see cref="ReportHtml.Render(DecisionLetterModel)"/> and <see cref="ToJson"/> from the same values.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DecisionLetterModel
{
    /// <summary>Initializes a letter from its parts.</summary>
    /// <param name="learnerId">The learner.</param>
    /// <param name="institutionId">The institution id (staff footnote only).</param>
    /// <param name="institutionName">The institution's name.</param>
    /// <param name="programId">The program id (staff footnote only).</param>
    /// <param name="programName">The program's name.</param>
    /// <param name="asOf">The as-of date of the decision.</param>
    /// <param name="creditsGranted">The credits granted over the whole record, in the institution's unit.</param>
    /// <param name="courses">The courses decided.</param>
    /// <param name="recordNotes">Reasons about the whole record (limits, residency, posting), in plain language.</param>
    /// <param name="postingFeeDue">The posting fee due, if any.</param>
    /// <param name="residencyOutstanding">The credits still to earn in residence, if the program requires it.</param>
    /// <param name="policyVersion">The institution policy version used.</param>
    /// <param name="dataVersion">The data version used, when the host names one.</param>
    /// <param name="whatIf">The hypothetical section, or null.</param>
    /// <exception cref="ArgumentException">An id or name is null or blank.</exception>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public DecisionLetterModel(string learnerId, string institutionId, string institutionName, string programId, string programName, LocalDate asOf, CreditAmount creditsGranted, IEnumerable<LetterCourse> courses, IEnumerable<ReportReason> recordNotes, Money? postingFeeDue, CreditAmount? residencyOutstanding, string? policyVersion, string? dataVersion, LetterWhatIf? whatIf)
    {
        LearnerId = Check.NotBlank(learnerId, nameof(learnerId));
        InstitutionId = Check.NotBlank(institutionId, nameof(institutionId));
        InstitutionName = Check.NotBlank(institutionName, nameof(institutionName));
        ProgramId = Check.NotBlank(programId, nameof(programId));
        ProgramName = Check.NotBlank(programName, nameof(programName));
        AsOf = asOf;
        CreditsGranted = creditsGranted;
        Courses = Check.List(courses, nameof(courses));
        RecordNotes = Check.List(recordNotes, nameof(recordNotes));
        PostingFeeDue = postingFeeDue;
        ResidencyOutstanding = residencyOutstanding;
        PolicyVersion = policyVersion;
        DataVersion = dataVersion;
        WhatIf = whatIf;
    }

    /// <summary>Gets the learner.</summary>
    public string LearnerId { get; }

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the institution's name.</summary>
    public string InstitutionName { get; }

    /// <summary>Gets the program id.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the program's name.</summary>
    public string ProgramName { get; }

    /// <summary>Gets the as-of date: facts dated later were not considered.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the credits granted over the whole record, in the institution's unit.</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the courses decided, in the record's order.</summary>
    public IReadOnlyList<LetterCourse> Courses { get; }

    /// <summary>Gets the reasons about the whole record, in plain language.</summary>
    public IReadOnlyList<ReportReason> RecordNotes { get; }

    /// <summary>Gets the posting fee due, or null when none is due.</summary>
    public Money? PostingFeeDue { get; }

    /// <summary>Gets the credits still to earn in residence, or null when the program sets no residency.</summary>
    public CreditAmount? ResidencyOutstanding { get; }

    /// <summary>Gets the institution policy version used, or null when no policy was in effect.</summary>
    public string? PolicyVersion { get; }

    /// <summary>Gets the data version used, or null when the host names none.</summary>
    public string? DataVersion { get; }

    /// <summary>Gets the hypothetical section, or null when none was asked for.</summary>
    public LetterWhatIf? WhatIf { get; }

    /// <summary>Creates a letter from a whole-record decision and, optionally, a hypothetical one.</summary>
    /// <param name="decision">The decision on record.</param>
    /// <param name="catalog">The catalog, for course titles.</param>
    /// <param name="policies">The policies, for institution and program names.</param>
    /// <param name="whatIf">A decision of the same learner under hypotheses, another date or another program; or null.</param>
    /// <returns>The letter model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/>, <paramref name="catalog"/> or <paramref name="policies"/> is null.</exception>
    /// <remarks>Reason messages and next-step actions are the engine's, with course, institution and program ids replaced by
    /// their names; the codes and rule ids are kept for the staff footnote.</remarks>
    public static DecisionLetterModel Create(RecordDecision decision, Catalog catalog, PolicySet policies, RecordDecision? whatIf)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(policies);
        var names = new Names(catalog, policies);
        names.Prepare(decision);
        if (whatIf is not null)
        {
            names.Prepare(whatIf);
        }

        var hypothetical = whatIf is null ? null : new LetterWhatIf(
            whatIf.Hypotheses.Select(h => names.Plain(h.Description))
                .Concat(whatIf.AsOf != decision.AsOf ? ["Decided as of " + NodaTime.Text.LocalDatePattern.Iso.Format(whatIf.AsOf) + "."] : [])
                .Concat(whatIf.InstitutionId != decision.InstitutionId || whatIf.ProgramId != decision.ProgramId ? ["Decided for " + names.Program(whatIf.InstitutionId, whatIf.ProgramId) + " at " + names.Institution(whatIf.InstitutionId) + "."] : []),
            whatIf.AsOf,
            names.Institution(whatIf.InstitutionId),
            names.Program(whatIf.InstitutionId, whatIf.ProgramId),
            whatIf.CreditsGranted,
            whatIf.Awards.Select(names.Course));
        return new DecisionLetterModel(
            decision.LearnerId,
            decision.InstitutionId,
            names.Institution(decision.InstitutionId),
            decision.ProgramId,
            names.Program(decision.InstitutionId, decision.ProgramId),
            decision.AsOf,
            decision.CreditsGranted,
            decision.Awards.Select(names.Course),
            decision.Reasons.Select(r => ReportReason.From(r, names.Plain)),
            decision.PostingFeeDue,
            decision.ResidencyOutstanding,
            decision.PolicyVersion,
            decision.Awards.Select(a => a.Decision.DataVersion).FirstOrDefault(v => v is not null),
            hypothetical);
    }

    /// <summary>Creates a letter without a hypothetical section.</summary>
    /// <param name="decision">The decision on record.</param>
    /// <param name="catalog">The catalog, for course titles.</param>
    /// <param name="policies">The policies, for institution and program names.</param>
    /// <returns>The letter model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DecisionLetterModel Create(RecordDecision decision, Catalog catalog, PolicySet policies) => Create(decision, catalog, policies, null);

    /// <summary>Serialises the model as indented JSON: the numbers the HTML letter shows, by construction.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ReportJsonContext.Default.DecisionLetterModel);

    /// <summary>Turns ids and enum names into the words people know.</summary>
    private sealed partial class Names
    {
        private readonly Catalog _catalog;
        private readonly PolicySet _policies;
        private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
        private System.Text.RegularExpressions.Regex? _pattern;

        public Names(Catalog catalog, PolicySet policies)
        {
            _catalog = catalog;
            _policies = policies;
            foreach (var subject in catalog.Recommendations.SelectMany(r => r.Versions).SelectMany(v => v.Lines).SelectMany(l => l.Subjects))
            {
                Remember(subject.Code, subject.Name);
            }

            foreach (var level in Enum.GetValues<CreditLevel>())
            {
                Remember(level.ToString(), new LetterCreditLine(CreditAmount.Zero(CreditUnit.SemesterHour), level, []).LevelText);
            }

            Humanise(Enum.GetNames<FeeKind>());
            Humanise(Enum.GetNames<FeeStatus>());
            Humanise(Enum.GetNames<EvidenceKind>());
            Humanise(Enum.GetNames<IdentityMethod>());
            Humanise(Enum.GetNames<ProctoringMode>());
            Humanise(Enum.GetNames<CompletionStatus>());
            Humanise(Enum.GetNames<VerificationStatus>());
            Humanise(Enum.GetNames<EnrollmentTrack>());
            Humanise(Enum.GetNames<IdCheckResult>());
        }

        public string Institution(string id) => _policies.GetInstitutionOrNull(id)?.Name ?? id;

        public string Program(string institutionId, string id) => _policies.GetInstitutionOrNull(institutionId)?.GetProgramOrNull(id)?.Name ?? id;

        public string Plain(string text)
        {
            // One pass, longest key first, whole words only (ids may hold '-' and '.'), so a replacement is never replaced again.
            _pattern ??= new System.Text.RegularExpressions.Regex(
                @"(?<![\w.-])(" + string.Join("|", _words.Keys.OrderByDescending(k => k.Length).Select(System.Text.RegularExpressions.Regex.Escape)) + @")(?![\w-])",
                System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            return _words.Count == 0 ? text : _pattern.Replace(text, m => _words[m.Value]);
        }

        /// <summary>Learns every id a record's messages may name, before any message is rewritten.</summary>
        public void Prepare(RecordDecision record)
        {
            foreach (var courseId in record.Request.CourseIds)
            {
                Remember(courseId, "\u201C" + (_catalog.GetCourseOrNull(courseId)?.Title ?? courseId) + "\u201D");
            }

            Remember(record.InstitutionId, Institution(record.InstitutionId));
            Remember(record.ProgramId, Program(record.InstitutionId, record.ProgramId));
        }

        public LetterCourse Course(CourseAward award)
        {
            var title = _catalog.GetCourseOrNull(award.CourseId)?.Title ?? award.CourseId;
            var d = award.Decision;
            return new LetterCourse(
                award.CourseId,
                title,
                award.Outcome,
                d.CreditsRecommended,
                award.CreditsGranted,
                award.CreditsGranted.IsZero ? [] : d.GrantedLines.Select(l => new LetterCreditLine(l.Credits, l.Level, l.Subjects.Select(s => s.Name))),
                award.AllReasons.Select(r => ReportReason.From(r, Plain)),
                award.NextSteps.Select(s => ReportNextStep.From(s, Plain)),
                d.ExhibitId,
                d.RecommendationVersion,
                d.QualifyingDate,
                d.QualifyingZone.Id);
        }

        private void Humanise(IEnumerable<string> names)
        {
            foreach (var name in names.Where(n => n.Skip(1).Any(char.IsUpper)))
            {
                Remember(name, string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? string.Empty : " ") + char.ToLowerInvariant(c) : c.ToString())));
            }
        }

        private void Remember(string id, string name)
        {
            if (!string.Equals(id, name, StringComparison.Ordinal) && _words.TryAdd(id, name))
            {
                _pattern = null;
            }
        }
    }
}
