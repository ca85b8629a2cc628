using System.Globalization;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>A college or university: its credit unit, its zone, its effective-dated policy versions and its degree programs.</summary>
public sealed class Institution
{
    /// <summary>Initialises an institution.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="creditUnit">The unit in which it records credit.</param>
    /// <param name="timeZone">Its zone.</param>
    /// <param name="policies">Its policy versions, at least one, with unique ids and non-overlapping <see cref="InstitutionPolicy.AppliesTo"/> ranges.</param>
    /// <param name="programs">Its degree programs, at least one, with unique ids.</param>
    /// <exception cref="ArgumentException">A required argument is blank or empty, or ids repeat.</exception>
    /// <exception cref="InvalidPolicyException">Two policy versions apply to the same date.</exception>
    public Institution(string id, string name, CreditUnit creditUnit, DateTimeZone timeZone, IEnumerable<InstitutionPolicy> policies, IEnumerable<DegreeProgram> programs)
    {
        Id = Preconditions.NotBlank(id);
        Name = Preconditions.NotBlank(name);
        CreditUnit = Preconditions.Defined(creditUnit);
        TimeZone = Preconditions.NotNull(timeZone);
        Policies = Preconditions.CopyList(policies);
        Programs = Preconditions.CopyList(programs);
        if (Policies.Count == 0)
        {
            throw new ArgumentException("Institution '" + id + "' needs at least one policy version.", nameof(policies));
        }

        if (Programs.Count == 0)
        {
            throw new ArgumentException("Institution '" + id + "' needs at least one degree program.", nameof(programs));
        }

        Preconditions.EnsureUniqueIds(Policies, p => p.Id, nameof(policies));
        Preconditions.EnsureUniqueIds(Programs, p => p.Id, nameof(programs));
        for (var i = 0; i < Policies.Count; i++)
        {
            for (var j = i + 1; j < Policies.Count; j++)
            {
                var a = Policies[i].AppliesTo;
                var b = Policies[j].AppliesTo;
                if (a is null || b is null || a.Value.Overlaps(b.Value))
                {
                    throw new InvalidPolicyException(
                        "Institution '" + id + "', policies[" + j.ToString(CultureInfo.InvariantCulture) + "].AppliesTo",
                        b?.ToString() ?? "(always)",
                        "policy '" + Policies[j].Id + "' applies on the same dates as policy '" + Policies[i].Id + "' (" + (a?.ToString() ?? "always") + "); give each version its own dates.");
                }
            }
        }
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the credit unit.</summary>
    public CreditUnit CreditUnit { get; }

    /// <summary>Gets the zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the policy versions.</summary>
    public IReadOnlyList<InstitutionPolicy> Policies { get; }

    /// <summary>Gets the degree programs.</summary>
    public IReadOnlyList<DegreeProgram> Programs { get; }

    /// <summary>Gets the program with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The program id.</param>
    /// <returns>The program, or <see langword="null"/>.</returns>
    public DegreeProgram? GetProgramOrNull(string id)
    {
        // An indexed loop, not LINQ: record decisions call this per learner on the allocation-free outcome-only path.
        var programs = Programs;
        for (var i = 0; i < programs.Count; i++)
        {
            if (string.Equals(programs[i].Id, id, StringComparison.Ordinal))
            {
                return programs[i];
            }
        }

        return null;
    }

    /// <summary>Gets the policy version that applies on <paramref name="selectionDate"/>, or <see langword="null"/>.</summary>
    /// <param name="selectionDate">The learner's program enrolment date, or the as-of date.</param>
    /// <returns>The policy version, or <see langword="null"/> when none applies.</returns>
    /// <remarks>The first version, in order, whose <see cref="InstitutionPolicy.AppliesTo"/> is unset or contains the date (both ends included). The one definition: the engine's policy-version selection uses it too.</remarks>
    public InstitutionPolicy? GetPolicyOrNull(LocalDate selectionDate) => PolicyIndexAt(selectionDate) is var i and >= 0 ? Policies[i] : null;

    /// <summary>The index in <see cref="Policies"/> of the version that applies on <paramref name="selectionDate"/>, or -1.</summary>
    internal int PolicyIndexAt(LocalDate selectionDate)
    {
        for (var i = 0; i < Policies.Count; i++)
        {
            if (Policies[i].AppliesTo is not { } range || range.Contains(selectionDate))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
