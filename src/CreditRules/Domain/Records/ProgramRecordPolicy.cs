using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// The record settings of one degree program within a <see cref="RecordPolicy"/>: its requirement areas and the area
/// settings it states, which replace the institution's for the same area, and its own caps and record settings, which
/// the program inherits from the institution's record policy where it states none.
/// </summary>
/// <remarks>
/// <para>An area the program lists but sets nothing for takes the institution's <see cref="RecordPolicy.AreaLimits"/> entry for its id, if any.</para>
/// <para>A program cap with the id of an institution cap replaces it for this program (it may widen as well as narrow);
/// a program cap with a new id adds to the institution's. <see cref="AllowPartialAwards"/>, <see cref="OverflowToElectives"/>
/// and <see cref="PriorCreditConversion"/> replace the institution's when stated; <see langword="null"/> inherits.
/// <see cref="RecordPolicy.ResolveCaps"/> and the other <c>Resolve…</c> methods are the one resolution every path uses.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProgramRecordPolicy
{
    /// <summary>Initialises a program's record settings.</summary>
    /// <param name="programId">The degree program.</param>
    /// <param name="areas">The program's requirement areas, with unique ids, in matching order.</param>
    /// <param name="areaLimits">The program's area settings, at most one per area, each naming one of <paramref name="areas"/> (and redirecting to one).</param>
    /// <param name="residencyOfLast">Residency stated over the end of the record ("30 of the last 36"), or <see langword="null"/>; it applies besides the program's total residency.</param>
    /// <param name="caps">The program's caps, with unique ids: each replaces the institution cap of the same id for this program, or adds to them.</param>
    /// <param name="allowPartialAwards">Whether a course may get part of its credit under the program's caps, or <see langword="null"/> to inherit.</param>
    /// <param name="overflowToElectives">Whether credit over a source or level cap is granted as elective credit in the program, or <see langword="null"/> to inherit.</param>
    /// <param name="priorCreditConversion">How the program converts prior credit stated in the other unit, or <see langword="null"/> to inherit.</param>
    /// <exception cref="ArgumentException"><paramref name="programId"/> is blank, an area or cap id repeats, or an area setting names an area the program does not list.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priorCreditConversion"/> is not defined.</exception>
    public ProgramRecordPolicy(
        string programId,
        IEnumerable<RequirementArea>? areas = null,
        IEnumerable<AreaLimit>? areaLimits = null,
        ResidencyWindow? residencyOfLast = null,
        IEnumerable<CreditCap>? caps = null,
        bool? allowPartialAwards = null,
        bool? overflowToElectives = null,
        PriorCreditConversion? priorCreditConversion = null)
    {
        Caps = Preconditions.CopyList(caps ?? [], nameof(caps));
        Preconditions.EnsureUniqueIds(Caps, c => c.Id, nameof(caps));
        AllowPartialAwards = allowPartialAwards;
        OverflowToElectives = overflowToElectives;
        PriorCreditConversion = priorCreditConversion is { } conversion ? Preconditions.Defined(conversion, nameof(priorCreditConversion)) : null;
        ResidencyOfLast = residencyOfLast;
        ProgramId = Preconditions.NotBlank(programId);
        Areas = Preconditions.CopyList(areas ?? [], nameof(areas));
        Preconditions.EnsureUniqueIds(Areas, a => a.Id, nameof(areas));
        AreaLimits = Preconditions.CopyList(areaLimits ?? [], nameof(areaLimits));
        Preconditions.EnsureUniqueIds(AreaLimits, a => a.AreaId, nameof(areaLimits));
        foreach (var limit in AreaLimits)
        {
            foreach (var named in new[] { limit.AreaId, limit.RedirectTo })
            {
                if (named is not null && GetAreaOrNull(named) is null)
                {
                    throw new ArgumentException("Program '" + programId + "' sets area '" + limit.AreaId + "', which names area '" + named + "'; the program lists no such area.", nameof(areaLimits));
                }
            }
        }
    }

    /// <summary>Gets the degree program.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the requirement areas, in matching order.</summary>
    public IReadOnlyList<RequirementArea> Areas { get; }

    /// <summary>Gets the area settings the program states.</summary>
    public IReadOnlyList<AreaLimit> AreaLimits { get; }

    /// <summary>Gets the residency stated over the end of the record, or <see langword="null"/>.</summary>
    public ResidencyWindow? ResidencyOfLast { get; }

    /// <summary>Gets the program's caps: each replaces the institution cap of the same id, or adds to them.</summary>
    public IReadOnlyList<CreditCap> Caps { get; }

    /// <summary>Gets whether a course may get part of its credit, or <see langword="null"/> (inherited).</summary>
    public bool? AllowPartialAwards { get; }

    /// <summary>Gets whether credit over a source or level cap is granted as elective credit, or <see langword="null"/> (inherited).</summary>
    public bool? OverflowToElectives { get; }

    /// <summary>Gets how prior credit stated in the other unit is converted, or <see langword="null"/> (inherited).</summary>
    public PriorCreditConversion? PriorCreditConversion { get; }

    /// <summary>Gets an area by id.</summary>
    /// <param name="areaId">The area id.</param>
    /// <returns>The area, or <see langword="null"/>.</returns>
    public RequirementArea? GetAreaOrNull(string areaId) => Areas.FirstOrDefault(a => string.Equals(a.Id, areaId, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => ProgramId;
}
