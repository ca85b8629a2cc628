using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// Adds the policy versions and degree programs of one institution of a <see cref="PolicySetBuilder"/>; obtained from
/// <see cref="PolicySetBuilder.Institution"/>.
/// </summary>
/// <remarks>Checked when the policy set builds. Mutable and not thread-safe.</remarks>
public sealed class InstitutionBuilder
{
    private readonly BuildSteps _steps = new();
    private string? _state;
    private PolicySelectionBasis _policySelection;
    private AnnualDate? _catalogYearStart;

    internal InstitutionBuilder()
    {
    }

    /// <summary>Adds a policy version, configured by <paramref name="configure"/> (defaults: see <see cref="InstitutionPolicyBuilder"/>).</summary>
    /// <param name="id">A stable version id, such as <c>eastern-2013</c>, named in every decision.</param>
    /// <param name="configure">Sets the accepted evaluators and levels (both required) and any other rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public InstitutionBuilder Policy(string id, Action<InstitutionPolicyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var policy = new InstitutionPolicyBuilder();
        configure(policy);
        _steps.Add("policies", _ => policy.Build(id));
        return this;
    }

    /// <summary>Adds a policy version built in full.</summary>
    /// <param name="policy">The policy version.</param>
    /// <returns>This builder.</returns>
    public InstitutionBuilder With(InstitutionPolicy policy)
    {
        _steps.Add("policies", _ => Preconditions.NotNull(policy));
        return this;
    }

    /// <summary>Adds a degree program with no overrides, total credits or residency requirement.</summary>
    /// <param name="id">The program id.</param>
    /// <param name="name">The display name.</param>
    /// <returns>This builder.</returns>
    public InstitutionBuilder Program(string id, string name)
    {
        _steps.Add("programs", _ => new DegreeProgram(id, name));
        return this;
    }

    /// <summary>Adds a degree program with its total credits and the credits it requires in residence.</summary>
    /// <param name="id">The program id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="totalCredits">The credits the degree requires (percentage caps need it).</param>
    /// <param name="residencyRequired">The credits that must be earned in residence.</param>
    /// <returns>This builder.</returns>
    public InstitutionBuilder Program(string id, string name, CreditAmount totalCredits, CreditAmount residencyRequired)
    {
        _steps.Add("programs", _ => new DegreeProgram(id, name, totalCredits: totalCredits, residencyRequired: residencyRequired));
        return this;
    }

    /// <summary>Adds a degree program with its own per-claim settings; what they do not state it inherits from each policy version.</summary>
    /// <param name="id">The program id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="settings">The settings the program states (<see cref="ProgramSettings"/>).</param>
    /// <returns>This builder.</returns>
    public InstitutionBuilder Program(string id, string name, ProgramSettings settings)
    {
        _steps.Add("programs", _ => new DegreeProgram(id, name).WithSettings(Preconditions.NotNull(settings)));
        return this;
    }

    /// <summary>States the US state the institution is in (see <see cref="Domain.Institution.State"/>).</summary>
    /// <param name="state">The two-letter USPS code, such as <c>NY</c>; checked when the policy set builds.</param>
    /// <returns>This builder.</returns>
    public InstitutionBuilder State(string state)
    {
        _state = state;
        return this;
    }

    /// <summary>Adds a degree program of a stated kind, with no overrides, total credits or residency requirement.</summary>
    /// <param name="id">The program id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="kind">The kind of credential it leads to.</param>
    /// <returns>This builder.</returns>
    public InstitutionBuilder Program(string id, string name, DegreeProgramKind kind)
    {
        _steps.Add("programs", _ => new DegreeProgram(id, name).WithKind(kind));
        return this;
    }

    /// <summary>Adds a degree program built in full (e.g. with overrides).</summary>
    /// <param name="program">The program.</param>
    /// <returns>This builder.</returns>
    public InstitutionBuilder With(DegreeProgram program)
    {
        _steps.Add("programs", _ => Preconditions.NotNull(program));
        return this;
    }

    /// <summary>Selects policy versions by the enrolment's catalog year (<see cref="PolicySelectionBasis.CatalogYear"/>) instead of the default, its enrolment date.</summary>
    /// <param name="catalogYearStart">The first day of a catalog year, or <see langword="null"/> for 1 July (<see cref="Institution.DefaultCatalogYearStart"/>); 29 February is refused when the policy set builds.</param>
    /// <returns>This builder.</returns>
    public InstitutionBuilder SelectPoliciesByCatalogYear(AnnualDate? catalogYearStart = null)
    {
        _policySelection = PolicySelectionBasis.CatalogYear;
        _catalogYearStart = catalogYearStart;
        return this;
    }

    internal Institution? Build(string where, List<string> errors, string id, string name, CreditUnit creditUnit, DateTimeZone timeZone)
    {
        var before = errors.Count;
        var built = _steps.Run(errors, where + ".");
        if (_state is { } state && !Domain.Institution.IsUsState(state))
        {
            errors.Add(where + ".state: " + Domain.Institution.NotAUsState(state));
        }

        return errors.Count > before
            ? null
            : new Institution(id, name, creditUnit, timeZone, BuildSteps.Items<InstitutionPolicy>(built, "policies"), BuildSteps.Items<DegreeProgram>(built, "programs"), _policySelection, _catalogYearStart).WithState(_state);
    }
}
