using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// The record settings of one degree program within a <see cref="RecordPolicy"/>: its requirement areas and the area
/// settings it states, which replace the institution's for the same area.
/// </summary>
/// <remarks>An area the program lists but sets nothing for takes the institution's <see cref="RecordPolicy.AreaLimits"/> entry for its id, if any.</remarks>
public sealed class ProgramRecordPolicy
{
    /// <summary>Initialises a program's record settings.</summary>
    /// <param name="programId">The degree program.</param>
    /// <param name="areas">The program's requirement areas, with unique ids, in matching order.</param>
    /// <param name="areaLimits">The program's area settings, at most one per area, each naming one of <paramref name="areas"/> (and redirecting to one).</param>
    /// <param name="residencyOfLast">Residency stated over the end of the record ("30 of the last 36"), or <see langword="null"/>; it applies besides the program's total residency.</param>
    /// <exception cref="ArgumentException"><paramref name="programId"/> is blank, an area id repeats, or an area setting names an area the program does not list.</exception>
    public ProgramRecordPolicy(string programId, IEnumerable<RequirementArea>? areas = null, IEnumerable<AreaLimit>? areaLimits = null, ResidencyWindow? residencyOfLast = null)
    {
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

    /// <summary>Gets an area by id.</summary>
    /// <param name="areaId">The area id.</param>
    /// <returns>The area, or <see langword="null"/>.</returns>
    public RequirementArea? GetAreaOrNull(string areaId) => Areas.FirstOrDefault(a => string.Equals(a.Id, areaId, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => ProgramId;
}
