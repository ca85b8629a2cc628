using System.Globalization;
using CreditRules.Domain;
using CreditRules.OpenBadges.Internal;
using NodaTime;

namespace CreditRules.OpenBadges;

/// <summary>
/// Imports Open Badges 3.0 and CLR 2.0 credentials into a <see cref="LearnerRecord"/>: verifies each (VC-JWT signature,
/// embedded proof through the host's verifier, status through the host's checker, validity dates, recipient), maps its
/// achievements to catalog courses and makes evidence documents, completions and exam attempts from them.
/// </summary>
/// <remarks>
/// Each credential is all or nothing: a refused credential adds no fact. Nothing is fetched from the network; keys,
/// proofs and status come from the host's resolver, verifier and checker. "Now" for validity dates is read once per
/// call from the injected <see cref="IClock"/>. Immutable after construction and thread-safe when the host's resolver,
/// verifier and checker are.
/// </remarks>
public sealed class BadgeImporter
{
    private readonly Catalog _catalog;
    private readonly BadgeImportOptions _options;
    private readonly IClock _clock;

    /// <summary>Initialises an importer.</summary>
    /// <param name="catalog">The catalog whose courses credentials map to.</param>
    /// <param name="options">Keys, verifiers, mappings and limits; copied, so later changes do not affect this importer.</param>
    /// <param name="clock">The clock that says when "now" is for validity dates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every one.</exception>
    public BadgeImporter(Catalog catalog, BadgeImportOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = new List<string>();
        if (options.MaxCredentialBytes is < 1024 or > 16 * 1024 * 1024)
        {
            problems.Add("- MaxCredentialBytes: " + options.MaxCredentialBytes.ToString(CultureInfo.InvariantCulture) + " is out of range; it must be between 1024 and 16777216.");
        }

        if (options.MaxDepth is < 8 or > 256)
        {
            problems.Add("- MaxDepth: " + options.MaxDepth.ToString(CultureInfo.InvariantCulture) + " is out of range; it must be between 8 and 256.");
        }

        if (options.ClockSkew < Duration.Zero || options.ClockSkew > Duration.FromHours(1))
        {
            problems.Add("- ClockSkew: " + options.ClockSkew.ToString() + " is out of range; it must be between 0 and 1 hour.");
        }

        if (options.ExamZone is null)
        {
            problems.Add("- ExamZone: a zone is required.");
        }

        foreach (var mapping in options.CourseMappings.Where(m => catalog.GetCourseOrNull(m.Value) is null))
        {
            problems.Add("- CourseMappings['" + mapping.Key + "']: '" + mapping.Value + "' is not a course of the catalog.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The BadgeImportOptions are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(options));
        }

        _catalog = catalog;
        _clock = clock;
        _options = new BadgeImportOptions
        {
            KeyResolver = options.KeyResolver,
            DataIntegrityVerifier = options.DataIntegrityVerifier,
            StatusChecker = options.StatusChecker,
            AcceptUnidentifiedRecipients = options.AcceptUnidentifiedRecipients,
            ClockSkew = options.ClockSkew,
            MaxCredentialBytes = options.MaxCredentialBytes,
            MaxDepth = options.MaxDepth,
            ExamZone = options.ExamZone!,
        };
        foreach (var (key, value) in options.CourseMappings)
        {
            _options.CourseMappings[key] = value;
        }

        foreach (var (key, value) in options.Issuers)
        {
            _options.Issuers[key] = value ?? throw new ArgumentException("Issuers['" + key + "'] is null.", nameof(options));
        }
    }

    /// <summary>Verifies and maps one credential for <paramref name="learner"/>, without changing the learner.</summary>
    /// <param name="file">The credential as received.</param>
    /// <param name="learner">The learner the credential should belong to (matched by email).</param>
    /// <returns>The report: refused with its errors, or the facts each achievement became.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CredentialImport Read(CredentialFile file, LearnerRecord learner)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(learner);
        return Read(file, learner, _clock.GetCurrentInstant());
    }

    /// <summary>Imports every credential for <paramref name="learner"/> and merges the facts of those not refused into a new record.</summary>
    /// <param name="learner">The learner.</param>
    /// <param name="files">The credentials, in order.</param>
    /// <returns>The merged learner and one report per credential, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an item of <paramref name="files"/>, is null.</exception>
    public BadgeImportResult Import(LearnerRecord learner, IEnumerable<CredentialFile> files)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(files);
        var now = _clock.GetCurrentInstant();
        var reports = new List<CredentialImport>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(files));
            var report = Read(file, learner, now);
            if (report.Status != CredentialImportStatus.Refused && report.CredentialId is { } id)
            {
                if (seen.TryGetValue(id, out var first))
                {
                    report = new CredentialImport(report.Source, report.Format, report.CredentialType, id, report.IssuerId, CredentialImportStatus.Refused, report.Verification,
                        [new BadgeIssue(BadgeIssueCode.DuplicateCredential, "$.id", id, "The credential was already imported from '" + first + "'.")], report.Warnings, []);
                }
                else
                {
                    seen.Add(id, file.Source);
                }
            }

            reports.Add(report);
        }

        var evidence = learner.Evidence.ToList();
        var exams = learner.ExamAttempts.ToList();
        var completions = learner.Completions.ToList();
        foreach (var achievement in reports.SelectMany(r => r.Achievements))
        {
            if (achievement.Evidence is { } e && !evidence.Any(x => x.Kind == e.Kind && x.IssuedOn == e.IssuedOn && x.IsOfficial == e.IsOfficial && x.IsVerified == e.IsVerified && x.CourseId == e.CourseId))
            {
                evidence.Add(e);
            }

            if (achievement.Exam is { } a && !exams.Any(x => x.CourseId == a.CourseId && x.StartedAt == a.StartedAt && x.Outcome == a.Outcome && Equals(x.Score, a.Score)))
            {
                exams.Add(a);
            }

            if (achievement.Completion is { } c && !completions.Any(x => x.SessionId == c.SessionId && x.Status == c.Status && x.RecordedOn == c.RecordedOn))
            {
                completions.Add(c);
            }
        }

        var merged = new LearnerRecord(learner.LearnerId, learner.IsVeteran, learner.ProgramEnrollments, learner.CourseEnrollments, completions,
            learner.IdentityVerifications, exams, learner.Fees, evidence, learner.PriorCredits, learner.Emails, learner.Exceptions, learner.PostingFeePayments);
        return new BadgeImportResult(merged, reports);
    }

    private CredentialImport Read(CredentialFile file, LearnerRecord learner, Instant now)
    {
        var issues = new IssueList();
        var reader = new CredentialReader(_options, now);
        var credential = reader.Read(file.Content.Span, issues, out var document);
        using (document)
        {
            if (credential is null || issues.HasErrors)
            {
                return Refused(file, reader, credential, issues);
            }

            var assertions = credential.IsClr ? credential.Nested : [credential];
            var named = 0;
            foreach (var c in credential.IsClr ? [credential, .. credential.Nested] : assertions)
            {
                var (count, matched) = Recipient.Match(c, learner, issues);
                named += count;
                if (count > 0 && !matched)
                {
                    issues.Error(BadgeIssueCode.RecipientMismatch, c.Path + ".credentialSubject.identifier", c.SubjectId,
                        "The credential names someone else: none of its " + count.ToString(CultureInfo.InvariantCulture) + " email identifiers matches "
                        + (learner.Emails.Count == 0 ? "learner '" + learner.LearnerId + "', who has no email on record." : "an email of learner '" + learner.LearnerId + "'."));
                }
            }

            var verified = reader.Verified && issues.Warnings.Count == 0;
            if (named == 0)
            {
                if (_options.AcceptUnidentifiedRecipients)
                {
                    issues.Warn(BadgeIssueCode.RecipientUnidentified, credential.Path + ".credentialSubject", credential.SubjectId,
                        "The credential names no email recipient; imported as unverified because the host accepts unidentified recipients.");
                    verified = false;
                }
                else
                {
                    issues.Error(BadgeIssueCode.RecipientUnidentified, credential.Path + ".credentialSubject", credential.SubjectId,
                        "The credential names no email recipient (an emailAddress IdentityObject or a mailto: id), so it cannot be matched to learner '" + learner.LearnerId + "'.");
                }
            }

            if (issues.HasErrors)
            {
                return Refused(file, reader, credential, issues);
            }

            var mapper = new AchievementMapper(_catalog, _options);
            var achievements = assertions.Select(a => mapper.Map(a, credential, verified, issues)).ToList();
            if (issues.HasErrors)
            {
                return Refused(file, reader, credential, issues);
            }

            var status = verified ? CredentialImportStatus.Verified : CredentialImportStatus.Unverified;
            return new CredentialImport(file.Source, reader.Format, credential.Type, credential.Id, credential.IssuerId, status,
                verified ? reader.Verification : reader.Verified ? reader.Verification + "; imported as unverified (see warnings)" : reader.Verification, [], issues.Warnings, achievements);
        }
    }

    private static CredentialImport Refused(CredentialFile file, CredentialReader reader, ParsedCredential? credential, IssueList issues) =>
        new(file.Source, reader.Format, credential?.Type, credential?.Id, credential?.IssuerId, CredentialImportStatus.Refused, reader.Verification, issues.Errors, issues.Warnings, []);
}
