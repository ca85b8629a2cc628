using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// Builds a <see cref="PolicySet"/> fluently: each institution with its policy versions and degree programs.
/// <code>
/// PolicySet policies = new PolicySetBuilder()
///     .Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, DateTimeZoneProviders.Tzdb["America/New_York"], institution => institution
///         .Policy("eastern-2013", policy => policy
///             .AcceptsEvaluators("ace")
///             .AcceptsLevels(CreditLevel.LowerDivision, CreditLevel.UpperDivision)
///             .RequiresEvidence(EvidenceKind.AceTranscriptCredly))
///         .Program("aa-general", "Associate in Arts"))
///     .Build();
/// </code>
/// </summary>
/// <remarks>
/// <para>The defaults of a policy version are those of <see cref="InstitutionPolicyBuilder"/>; a program has no
/// overrides, total credits or residency requirement unless given.</para>
/// <para>Nothing is checked until <see cref="Build"/>, which checks every institution, policy version and program and
/// throws one <see cref="ArgumentException"/> listing every problem with its position
/// (<c>institutions[0].policies[1]: …</c>); when every item is valid, the <see cref="Institution"/> and
/// <see cref="PolicySet"/> constructors check overlapping versions and repeated ids and throw
/// <see cref="InvalidPolicyException"/> naming the field and the value. The builder is mutable and not thread-safe; the
/// policy set it builds is immutable. Each <see cref="Build"/> builds a new policy set from the same steps.</para>
/// </remarks>
public sealed class PolicySetBuilder
{
    private readonly List<Func<string, List<string>, Institution?>> _institutions = [];

    /// <summary>Adds an institution, configured by <paramref name="configure"/> (its policy versions and programs).</summary>
    /// <param name="id">The institution id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="creditUnit">The unit its credit is recorded in.</param>
    /// <param name="timeZone">Its time zone.</param>
    /// <param name="configure">Adds the policy versions (at least one) and programs (at least one).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public PolicySetBuilder Institution(string id, string name, CreditUnit creditUnit, DateTimeZone timeZone, Action<InstitutionBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var institution = new InstitutionBuilder();
        configure(institution);
        _institutions.Add((where, errors) => institution.Build(where, errors, id, name, creditUnit, timeZone));
        return this;
    }

    /// <summary>Adds an institution built in full.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>This builder.</returns>
    public PolicySetBuilder With(Institution institution)
    {
        _institutions.Add((_, _) => Preconditions.NotNull(institution));
        return this;
    }

    /// <summary>Checks every institution, policy version and program and builds the policy set.</summary>
    /// <returns>The policy set.</returns>
    /// <exception cref="ArgumentException">One or more items are invalid; the message lists every problem with its position.</exception>
    /// <exception cref="InvalidPolicyException">Every item is valid, but two institutions share an id or an institution's versions overlap.</exception>
    public PolicySet Build()
    {
        var errors = new List<string>();
        var institutions = new List<Institution>();
        for (var i = 0; i < _institutions.Count; i++)
        {
            var where = "institutions[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var before = errors.Count;
            var institution = BuildSteps.Try(where, errors, () => _institutions[i](where, errors));
            if (institution is not null && errors.Count == before)
            {
                institutions.Add(institution);
            }
        }

        return errors.Count > 0 ? throw BuildSteps.Invalid("The policy set", errors) : new PolicySet(institutions);
    }
}
