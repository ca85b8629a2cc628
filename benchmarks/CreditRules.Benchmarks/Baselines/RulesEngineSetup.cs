using System.Text.Json;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;
using RulesEngine.Models;

namespace CreditRules.Benchmarks.Baselines;

/// <summary>
/// The flat facts Microsoft RulesEngine evaluates for one claim. RulesEngine rules are expression strings over inputs,
/// so the learner's record is flattened first (in setup, not timed: this favours RulesEngine).
/// </summary>
public sealed class ClaimFacts
{
    public bool OnTrack { get; set; }

    public bool SessionOpen { get; set; }

    public bool Completed { get; set; }

    public string IdentityStatus { get; set; } = "None";

    public bool Violation { get; set; }

    public bool Pending { get; set; }

    public decimal QualifyingScore { get; set; } = -1;

    public DateTime QualifyingDate { get; set; }

    public decimal PassingScore { get; set; } = 60;

    public int AttemptsUsed { get; set; }

    public int MaxAttempts { get; set; } = int.MaxValue;

    public int UnpaidFees { get; set; }

    public int RefundedFees { get; set; }

    public bool EvidenceRequired { get; set; }

    public bool HasEvidence { get; set; }

    public bool ProgramRefuses { get; set; }

    public int AcceptedLevels { get; set; }

    public int LineLevels { get; set; }

    public decimal InstitutionMinimum { get; set; }

    public DateTime VersionStart { get; set; } = new(2013, 2, 1);

    public DateTime VersionEnd { get; set; } = new(2016, 1, 31);

    public int RecencyYears { get; set; }

    public DateTime AsOf { get; set; }
}

/// <summary>The benchmark world's rules as a RulesEngine 6.0.1 workflow (JSON, expression strings), and the facts mapping.</summary>
public static class RulesEngineSetup
{
    private static readonly Dictionary<string, CourseSession> Sessions = BenchmarkWorld.Catalog.Sessions.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private static readonly Instant LastDeadline = BenchmarkWorld.Catalog.Sessions.Max(s => s.VerifiedTrackDeadline);

    /// <summary>Each rule's severity when it fails: "B" blocking (NotEligible) or "O" outstanding (Incomplete).</summary>
    public const string WorkflowJson = """
    [{
      "WorkflowName": "Eligibility",
      "Rules": [
        { "RuleName": "B:VerifiedTrackClosed", "Expression": "input1.OnTrack || input1.SessionOpen" },
        { "RuleName": "O:NotOnVerifiedTrack", "Expression": "input1.OnTrack" },
        { "RuleName": "O:CourseNotCompleted", "Expression": "input1.Completed" },
        { "RuleName": "O:IdentityNotVerified", "Expression": "input1.IdentityStatus == \"Verified\"" },
        { "RuleName": "B:ExamIntegrityViolation", "Expression": "!input1.Violation" },
        { "RuleName": "O:ExamResultPending", "Expression": "!input1.Pending" },
        { "RuleName": "O:ExamNotPassed", "Expression": "input1.QualifyingScore >= input1.PassingScore" },
        { "RuleName": "B:ExamAttemptsExhausted", "Expression": "input1.QualifyingScore >= 0 || input1.AttemptsUsed < input1.MaxAttempts" },
        { "RuleName": "O:FeeUnpaid", "Expression": "input1.UnpaidFees == 0" },
        { "RuleName": "B:FeeRefunded", "Expression": "input1.RefundedFees == 0" },
        { "RuleName": "O:EvidenceMissing", "Expression": "!input1.EvidenceRequired || input1.HasEvidence" },
        { "RuleName": "B:ProgramRefusesCredit", "Expression": "!input1.ProgramRefuses" },
        { "RuleName": "B:LevelNotAccepted", "Expression": "(input1.AcceptedLevels & input1.LineLevels) != 0" },
        { "RuleName": "B:ScoreBelowMinimum", "Expression": "input1.QualifyingScore < 0 || input1.QualifyingScore >= input1.InstitutionMinimum" },
        { "RuleName": "B:RecommendationNotInEffect", "Expression": "input1.QualifyingScore < 0 || (input1.QualifyingDate >= input1.VersionStart && input1.QualifyingDate <= input1.VersionEnd)" },
        { "RuleName": "B:RecencyExpired", "Expression": "input1.RecencyYears == 0 || input1.QualifyingScore < 0 || input1.QualifyingDate.AddYears(input1.RecencyYears) >= input1.AsOf" }
      ]
    }]
    """;

    public static RulesEngine.RulesEngine CreateEngine()
    {
        var workflows = JsonSerializer.Deserialize<Workflow[]>(WorkflowJson)!;
        return new RulesEngine.RulesEngine(workflows, new ReSettings());
    }

    /// <summary>Runs the workflow and folds the failed rules into an outcome, by the severity prefix of their names.</summary>
    public static DecisionOutcome Decide(RulesEngine.RulesEngine engine, ClaimFacts facts)
    {
        var results = engine.ExecuteAllRulesAsync("Eligibility", facts).AsTask().GetAwaiter().GetResult();
        bool blocked = false, outstanding = false;
        foreach (var result in results)
        {
            if (!result.IsSuccess)
            {
                blocked |= result.Rule.RuleName[0] == 'B';
                outstanding |= result.Rule.RuleName[0] == 'O';
            }
        }

        return blocked ? DecisionOutcome.NotEligible : outstanding ? DecisionOutcome.Incomplete : DecisionOutcome.Eligible;
    }

    /// <summary>Flattens a claim (the way a RulesEngine user would, ahead of the rules).</summary>
    public static ClaimFacts FactsFrom(CreditClaim claim, LocalDate asOf)
    {
        var learner = claim.Learner;
        var eastern = claim.InstitutionId == "eastern-state";
        var northern = claim.InstitutionId == "northern-quarter";
        var western = !eastern && !northern;
        var zone = western ? BenchmarkWorld.LosAngeles : BenchmarkWorld.NewYork;
        var sessions = Sessions;
        var facts = new ClaimFacts
        {
            AsOf = asOf.ToDateTimeUnspecified(),
            SessionOpen = LastDeadline.InZone(zone).Date >= asOf,
            OnTrack = learner.CourseEnrollments.Any(e => sessions[e.SessionId].CourseId == claim.CourseId && e.Track == EnrollmentTrack.Verified
                && e.JoinedAt.InZone(zone).Date <= asOf && e.JoinedAt <= sessions[e.SessionId].VerifiedTrackDeadline),
            Completed = learner.Completions.Any(c => c.Status == CompletionStatus.Completed && c.RecordedOn <= asOf && sessions[c.SessionId].CourseId == claim.CourseId),
            IdentityStatus = learner.IdentityVerifications.Where(v => v.RecordedAt.InZone(zone).Date <= asOf).OrderBy(v => v.RecordedAt).LastOrDefault()?.Status.ToString() ?? "None",
            EvidenceRequired = eastern,
            HasEvidence = learner.Evidence.Any(d => d.IssuedOn <= asOf && (d.CourseId is null || d.CourseId == claim.CourseId) && d.Kind == EvidenceKind.AceTranscriptCredly && d.IsOfficial && d.IsVerified),
            ProgramRefuses = claim.ProgramId == "asn-nursing",
            AcceptedLevels = western ? 0b0011 : 0b0110,
            LineLevels = claim.CourseId switch { "uci-algebra" => 0b0001, "duke-bioelectricity" => 0b0110, _ => 0b0010 },
            InstitutionMinimum = northern ? 70 : 0,
            RecencyYears = northern ? 5 : 0,
            MaxAttempts = northern ? 2 : int.MaxValue,
        };
        var attempts = learner.ExamAttempts
            .Where(a => a.CourseId == claim.CourseId && a.StartedAt.InZone(western ? a.CandidateZone : zone).Date <= asOf)
            .OrderBy(a => a.StartedAt);
        foreach (var a in attempts)
        {
            if (a.Integrity == IntegrityReview.Invalidated)
            {
                facts.Violation |= a.Invalidation == InvalidationKind.IntegrityViolation;
                continue;
            }

            if (a.IdCheck == IdCheckResult.Failed)
            {
                continue;
            }

            facts.AttemptsUsed++;
            if (a.Outcome == ExamOutcome.Pending || a.Integrity != IntegrityReview.Clean)
            {
                facts.Pending = true;
                break;
            }

            if (a.Outcome == ExamOutcome.Passed && a.Score!.Value.Value >= 60)
            {
                facts.QualifyingScore = a.Score.Value.Value;
                facts.QualifyingDate = a.StartedAt.InZone(western ? a.CandidateZone : zone).Date.ToDateTimeUnspecified();
                break;
            }
        }

        foreach (var f in learner.Fees.Where(f => f.CourseId == claim.CourseId))
        {
            var status = f.StatusDate is { } d && d > asOf ? FeeStatus.Unpaid : f.Status;
            facts.UnpaidFees += status == FeeStatus.Unpaid ? 1 : 0;
            facts.RefundedFees += status is FeeStatus.Refunded or FeeStatus.PartiallyRefunded ? 1 : 0;
        }

        return facts;
    }
}
