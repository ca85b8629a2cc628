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
    /// <param name="policySelection">Which enrolment fact selects the policy version. Default: <see cref="PolicySelectionBasis.EnrollmentDate"/>.</param>
    /// <param name="catalogYearStart">The first day of a catalog year, or <see langword="null"/> for <see cref="DefaultCatalogYearStart"/> (1 July).</param>
    /// <exception cref="ArgumentException">A required argument is blank or empty, or ids repeat, or <paramref name="catalogYearStart"/> is 29 February.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policySelection"/> is not a defined value.</exception>
    /// <exception cref="InvalidPolicyException">Two policy versions apply to the same date.</exception>
    public Institution(string id, string name, CreditUnit creditUnit, DateTimeZone timeZone, IEnumerable<InstitutionPolicy> policies, IEnumerable<DegreeProgram> programs, PolicySelectionBasis policySelection = PolicySelectionBasis.EnrollmentDate, AnnualDate? catalogYearStart = null)
    {
        PolicySelection = Preconditions.Defined(policySelection);
        CatalogYearStart = catalogYearStart ?? DefaultCatalogYearStart;
        if (CatalogYearStart == new AnnualDate(2, 29))
        {
            throw new ArgumentException("Institution '" + id + "': a catalog year cannot start on 29 February; it does not occur every year.", nameof(catalogYearStart));
        }

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

    /// <summary>Gets the default first day of a catalog year, 1 July (the US academic and federal award year start).</summary>
    public static AnnualDate DefaultCatalogYearStart { get; } = new(7, 1);

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets which fact of the learner's program enrolment selects the policy version.</summary>
    /// <value>Default: <see cref="PolicySelectionBasis.EnrollmentDate"/>.</value>
    public PolicySelectionBasis PolicySelection { get; }

    /// <summary>Gets the first day of a catalog year, used when <see cref="PolicySelection"/> is <see cref="PolicySelectionBasis.CatalogYear"/>.</summary>
    /// <value>Default: 1 July (<see cref="DefaultCatalogYearStart"/>): catalog year 2013-2014 starts on 2013-07-01.</value>
    public AnnualDate CatalogYearStart { get; }

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
    public InstitutionPolicy? GetPolicyOrNull(LocalDate selectionDate) => PolicyIndexAt(selectionDate, null, out _) is var i and >= 0 ? Policies[i] : null;

    /// <summary>Gets the policy version for an enrolment on <paramref name="enrolledOn"/> under <paramref name="catalogYear"/>, or <see langword="null"/>.</summary>
    /// <param name="enrolledOn">The learner's program enrolment date (or the as-of date, without an enrolment).</param>
    /// <param name="catalogYear">The enrolment's catalog year, or <see langword="null"/> when it states none.</param>
    /// <returns>The policy version, or <see langword="null"/> when none applies.</returns>
    /// <remarks>Under <see cref="PolicySelectionBasis.CatalogYear"/> with a catalog year, the version in effect on the first day of the catalog year (<see cref="CatalogYear.StartDate"/> of <see cref="CatalogYearStart"/>); otherwise the one in effect on <paramref name="enrolledOn"/>. Same definition as <see cref="GetPolicyOrNull(LocalDate)"/>.</remarks>
    public InstitutionPolicy? GetPolicyOrNull(LocalDate enrolledOn, CatalogYear? catalogYear) => PolicyIndexAt(enrolledOn, catalogYear, out _) is var i and >= 0 ? Policies[i] : null;

    /// <summary>
    /// The one definition of policy-version selection: the index in <see cref="Policies"/> of the version that applies to an
    /// enrolment on <paramref name="date"/> (or the as-of date) under <paramref name="catalogYear"/>, or -1.
    /// </summary>
    /// <param name="date">The enrolment date, or the as-of date without an enrolment.</param>
    /// <param name="catalogYear">The enrolment's catalog year, or <see langword="null"/>; read only under <see cref="PolicySelectionBasis.CatalogYear"/>.</param>
    /// <param name="selectionDate">The date the version was looked up on: the catalog year's first day when the catalog year selected, else <paramref name="date"/>.</param>
    /// <returns>The index of the first version whose <see cref="InstitutionPolicy.AppliesTo"/> is unset or contains <paramref name="selectionDate"/> (both ends included), or -1.</returns>
    internal int PolicyIndexAt(LocalDate date, CatalogYear? catalogYear, out LocalDate selectionDate)
    {
        selectionDate = PolicySelection == PolicySelectionBasis.CatalogYear && catalogYear is { } year ? year.StartDate(CatalogYearStart) : date;
        for (var i = 0; i < Policies.Count; i++)
        {
            if (Policies[i].AppliesTo is not { } range || range.Contains(selectionDate))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the US state (or district or territory) the institution is in, as its two-letter USPS code such as <c>NY</c>, or <see langword="null"/> when not stated.</summary>
    /// <value>Defaults to <see langword="null"/>. Set with <see cref="WithState"/>. Read only by filters (<c>creditrules where --state</c>), never by the rules.</value>
    public string? State { get; private init; }

    /// <summary>Returns a copy of this institution located in <paramref name="state"/>.</summary>
    /// <param name="state">The two-letter USPS code of a US state, the District of Columbia or a territory (upper case, such as <c>NY</c>, <c>DC</c>, <c>PR</c>), or <see langword="null"/> for none.</param>
    /// <returns>The new institution; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not such a code.</exception>
    public Institution WithState(string? state) =>
        new(Id, Name, CreditUnit, TimeZone, Policies, Programs, PolicySelection, CatalogYearStart) { State = state is null || IsUsState(state) ? state : throw new ArgumentException("Institution '" + Id + "' state " + NotAUsState(state), nameof(state)) };

    /// <summary>The two-letter USPS codes of the 50 states, the District of Columbia and the territories.</summary>
    internal static IReadOnlyList<string> UsStates { get; } = Array.AsReadOnly(new[]
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI",
    });

    /// <summary>The one wording of a refused state code, for every entry point that validates one (documents, builder, API).</summary>
    internal static string NotAUsState(string state) =>
        "'" + state + "' is not a two-letter USPS code of a US state, district or territory (such as NY, CA, DC or PR).";

    /// <summary>Whether <paramref name="code"/> is one of <see cref="UsStates"/> (exactly, upper case).</summary>
    internal static bool IsUsState(string code) => UsStates.Contains(code, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
