using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Internal;

namespace CreditRules.Documents;

/// <summary>The JSON form of an <see cref="ImpactReport"/> (<c>#/$defs/Impact</c>), as <c>creditrules impact --json</c> prints it.</summary>
/// <param name="Claims">The claims compared.</param>
/// <param name="Changed">The claims whose outcome changed.</param>
/// <param name="Errors">The claims that could not be decided.</param>
/// <param name="Transitions">Claims per outcome transition, changed outcomes first.</param>
/// <param name="CreditsGained">Credits gained, one entry per unit (semester hours, then quarter hours).</param>
/// <param name="CreditsLost">Credits lost, one entry per unit.</param>
/// <param name="CreditsGainedInSemesterHours">All credits gained, quarter hours converted exactly (3 QH = 2 SH): the common unit.</param>
/// <param name="CreditsLostInSemesterHours">All credits lost, in semester hours.</param>
/// <param name="SampleErrors">Some of the errors.</param>
public sealed record ImpactJson(
    long Claims,
    long Changed,
    long Errors,
    IReadOnlyList<ImpactTransitionJson> Transitions,
    IReadOnlyList<CreditJson> CreditsGained,
    IReadOnlyList<CreditJson> CreditsLost,
    CreditJson CreditsGainedInSemesterHours,
    CreditJson CreditsLostInSemesterHours,
    IReadOnlyList<InputErrorJson> SampleErrors)
{
    private static readonly CreditUnit[] Units = [CreditUnit.SemesterHour, CreditUnit.QuarterHour];

    /// <summary>Maps an impact report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ImpactJson From(ImpactReport report)
    {
        var r = Preconditions.NotNull(report);
        return new(
            r.Claims,
            r.Changed,
            r.Errors,
            r.Transitions.OrderBy(t => t.From == t.To).ThenByDescending(t => t.Count).Select(ImpactTransitionJson.FromTransition).ToArray(),
            Units.Select(u => CreditJson.From(r.GetCreditsGained(u))).ToArray(),
            Units.Select(u => CreditJson.From(r.GetCreditsLost(u))).ToArray(),
            CreditJson.From(InSemesterHours(r.GetCreditsGained)),
            CreditJson.From(InSemesterHours(r.GetCreditsLost)),
            r.SampleErrors.Select(InputErrorJson.From).ToArray())
        {
            RestingOnExceptionsBefore = r.RestingOnExceptionsBefore,
            RestingOnExceptionsAfter = r.RestingOnExceptionsAfter,
        };
    }

    /// <summary>Gets the number of baseline decisions that rest on an exception approved for the learner.</summary>
    public long RestingOnExceptionsBefore { get; init; }

    /// <summary>Gets the number of proposed decisions that rest on an exception approved for the learner.</summary>
    public long RestingOnExceptionsAfter { get; init; }

    private static CreditAmount InSemesterHours(Func<CreditUnit, CreditAmount> byUnit) =>
        Units.Aggregate(CreditAmount.Zero(CreditUnit.SemesterHour), (sum, unit) => sum.Plus(byUnit(unit).ConvertTo(CreditUnit.SemesterHour)));
}

/// <summary>The JSON form of an <see cref="ImpactTransition"/>: the claims that went from one outcome to another.</summary>
/// <param name="From">The baseline outcome.</param>
/// <param name="To">The proposal's outcome.</param>
/// <param name="Count">The claims.</param>
/// <param name="ReasonsAppeared">Reason codes that appeared, with how many claims each.</param>
/// <param name="ReasonsDisappeared">Reason codes that disappeared, with how many claims each.</param>
/// <param name="SampleLearnerIds">Some of the learners.</param>
public sealed record ImpactTransitionJson(
    string From,
    string To,
    long Count,
    IReadOnlyDictionary<string, long> ReasonsAppeared,
    IReadOnlyDictionary<string, long> ReasonsDisappeared,
    IReadOnlyList<string> SampleLearnerIds)
{
    /// <summary>Maps a transition.</summary>
    /// <param name="transition">The transition.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public static ImpactTransitionJson FromTransition(ImpactTransition transition)
    {
        var t = Preconditions.NotNull(transition);
        return new(
            t.From.ToString(),
            t.To.ToString(),
            t.Count,
            Counts(t.ReasonsAppeared),
            Counts(t.ReasonsDisappeared),
            t.SampleLearnerIds.ToArray());
    }

    private static Dictionary<string, long> Counts(IEnumerable<KeyValuePair<ReasonCode, long>> counts)
    {
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in counts)
        {
            map[pair.Key.Value] = pair.Value;
        }

        return map;
    }
}

/// <summary>The JSON form of an <see cref="InputError"/>: an input that got no decision, and why.</summary>
/// <param name="Position">The input's position (line or index), from 0.</param>
/// <param name="LearnerId">The learner, or <see langword="null"/> when unknown.</param>
/// <param name="Path">The JSON path of the bad value.</param>
/// <param name="AttemptedValue">The bad value, or <see langword="null"/>.</param>
/// <param name="Code">The error code.</param>
/// <param name="Message">The error, for people.</param>
public sealed record InputErrorJson(long Position, string? LearnerId, string Path, string? AttemptedValue, string Code, string Message)
{
    /// <summary>Maps an input error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The JSON form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static InputErrorJson From(InputError error)
    {
        var e = Preconditions.NotNull(error);
        return new(e.Position, e.LearnerId, e.Path, e.AttemptedValue, e.Code.ToString(), e.Message);
    }
}
