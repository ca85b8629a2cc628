using CreditRules.Domain;
using CreditRules.Engine;

namespace CreditRules.Cli.Bulk;

/// <summary>Counts of a streamed bulk run: lines read, inputs (claims and unreadable lines), decisions per outcome and reason, errors per code.</summary>
internal sealed class BulkTotals
{
    public long Lines { get; set; }

    /// <summary>Gets or sets the inputs: one per claim of a readable line, one per unreadable line.</summary>
    public long Inputs { get; set; }

    public long Decisions { get; set; }

    public long Errors { get; set; }

    public long Outputs => Decisions + Errors;

    public long[] ByOutcome { get; } = new long[3];

    public long[] ByReason { get; } = new long[ReasonCode.All.Count];

    public Dictionary<InputErrorCode, long> ErrorsByCode { get; } = [];

    /// <summary>Gets or sets the lines whose learner id appeared on an earlier line (one warning entry each).</summary>
    public long DuplicateLearnerIds { get; set; }

    /// <summary>Gets or sets the 0-based position of the first line not yet written: where a resumed run starts.</summary>
    public long NextPosition { get; set; }

    /// <summary>Gets or sets the byte offset in the input of the line at <see cref="NextPosition"/>.</summary>
    public long NextInputOffset { get; set; }

    /// <summary>Gets or sets a value indicating whether the run stopped early on cancellation (Ctrl-C, SIGTERM).</summary>
    public bool Cancelled { get; set; }

    public List<InputError> FirstErrors { get; } = [];

    public CreditAmount[] Granted { get; } = [CreditAmount.Zero(CreditUnit.SemesterHour), CreditAmount.Zero(CreditUnit.QuarterHour)];

    /// <summary>Gets, per error code, the first errors by position (at most <see cref="FirstPerCode"/>), for the HTML summary's line numbers.</summary>
    public Dictionary<InputErrorCode, List<InputError>> FirstErrorsByCode { get; } = [];

    /// <summary>How many errors per code <see cref="FirstErrorsByCode"/> keeps.</summary>
    public const int FirstPerCode = 5;

    public void Add(in BulkEntry entry)
    {
        Inputs++;
        if (entry.Error is { } error)
        {
            Errors++;
            ErrorsByCode[error.Code] = ErrorsByCode.GetValueOrDefault(error.Code) + 1;
            KeepFirst(error);
            if (FirstErrors.Count < 10)
            {
                FirstErrors.Add(error);
            }

            return;
        }

        Decisions++;
        var summary = entry.Summary;
        ByOutcome[(int)summary.Outcome]++;
        foreach (var index in summary.Reasons.EnumerateIndexes())
        {
            ByReason[index]++;
        }

        if (!summary.CreditsGranted.IsZero)
        {
            var unit = (int)summary.CreditsGranted.Unit;
            Granted[unit] = Granted[unit].Plus(summary.CreditsGranted);
        }
    }

    public void Merge(BulkTotals other)
    {
        Lines += other.Lines;
        Inputs += other.Inputs;
        Decisions += other.Decisions;
        Errors += other.Errors;
        for (var i = 0; i < ByOutcome.Length; i++)
        {
            ByOutcome[i] += other.ByOutcome[i];
        }

        for (var i = 0; i < ByReason.Length; i++)
        {
            ByReason[i] += other.ByReason[i];
        }

        foreach (var (code, count) in other.ErrorsByCode)
        {
            ErrorsByCode[code] = ErrorsByCode.GetValueOrDefault(code) + count;
        }

        foreach (var error in other.FirstErrorsByCode.Values.SelectMany(e => e))
        {
            KeepFirst(error);
        }

        foreach (var error in other.FirstErrors)
        {
            if (FirstErrors.Count < 10)
            {
                FirstErrors.Add(error);
            }
        }

        for (var i = 0; i < Granted.Length; i++)
        {
            Granted[i] = Granted[i].Plus(other.Granted[i]);
        }
    }

    public void Clear()
    {
        Lines = Inputs = Decisions = Errors = 0;
        Array.Clear(ByOutcome);
        Array.Clear(ByReason);
        ErrorsByCode.Clear();
        FirstErrors.Clear();
        FirstErrorsByCode.Clear();
        Granted[0] = CreditAmount.Zero(CreditUnit.SemesterHour);
        Granted[1] = CreditAmount.Zero(CreditUnit.QuarterHour);
    }

    private void KeepFirst(InputError error)
    {
        if (!FirstErrorsByCode.TryGetValue(error.Code, out var first))
        {
            FirstErrorsByCode[error.Code] = first = [];
        }

        // Partial totals of a parallel run merge in any order: keep the lowest positions, not the first to arrive.
        var at = first.FindIndex(e => e.Position > error.Position);
        first.Insert(at < 0 ? first.Count : at, error);
        if (first.Count > FirstPerCode)
        {
            first.RemoveAt(first.Count - 1);
        }
    }
}
