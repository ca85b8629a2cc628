using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Benchmarks.Baselines;

/// <summary>
/// The ranked outcome-only pass as <c>main</c> ran it before issue 16's speed work (commit 1d2de2d), rebuilt on the public
/// API so it stays comparable: per institution and program, a new record request (<see cref="RecordEvaluationRequest.WithProgram"/>),
/// the record decided outcome-only (<see cref="RecordEvaluator.Summarize"/>, which compiles the learner's record afresh for
/// every target), the cost summed from the learner's fees, then a sort of the options by credits in semester hours, cost
/// and outstanding claims. One thread.
/// </summary>
public sealed class MainRankedPass(PolicySet policies, RecordEvaluator records)
{
    public int Run(ExploreRequest request)
    {
        var template = new RecordEvaluationRequest(request.Learner, request.CourseIds, "-", "-", request.AsOf);
        var options = new List<(string Institution, string Program, CreditAmount Sh, decimal Cost, int Outstanding)>();
        foreach (var institution in policies.Institutions)
        {
            foreach (var program in institution.Programs)
            {
                var claims = new DecisionSummary[request.CourseIds.Count];
                var summary = records.Summarize(template.WithProgram(institution.Id, program.Id), claims);
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
                            var status = fee.StatusDate is { } date && date > request.AsOf ? FeeStatus.Unpaid : fee.Status;
                            if (status == FeeStatus.Unpaid && string.Equals(fee.CourseId, request.CourseIds[c], StringComparison.Ordinal))
                            {
                                cost = cost is { } sum && sum.Currency == fee.Amount.Currency ? sum.Plus(fee.Amount) : cost ?? fee.Amount;
                            }
                        }
                    }
                }

                options.Add((institution.Id, program.Id, summary.CreditsGranted.ConvertTo(CreditUnit.SemesterHour), cost?.Amount ?? 0m, outstanding));
            }
        }

        options.Sort((a, b) =>
        {
            var order = b.Sh.CompareTo(a.Sh);
            order = order != 0 ? order : a.Cost.CompareTo(b.Cost);
            order = order != 0 ? order : a.Outstanding.CompareTo(b.Outstanding);
            order = order != 0 ? order : string.CompareOrdinal(a.Institution, b.Institution);
            return order != 0 ? order : string.CompareOrdinal(a.Program, b.Program);
        });
        return options.Count;
    }
}
