using System.Globalization;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>An evaluator's exhibit for one course, with its effective-dated versions.</summary>
/// <remarks>Versions are kept in order of their start dates; they never overlap, but gaps between them are allowed (and reported by the linter).</remarks>
public sealed class CreditRecommendation
{
    /// <summary>Initialises a recommendation.</summary>
    /// <param name="exhibitId">The evaluator's exhibit id, such as <c>COUR-0001</c>.</param>
    /// <param name="evaluatorId">The id of the evaluator that issued it.</param>
    /// <param name="courseId">The id of the course it covers.</param>
    /// <param name="versions">The versions, at least one, with distinct numbers and non-overlapping validity.</param>
    /// <exception cref="ArgumentException">An id is blank, <paramref name="versions"/> is empty or repeats a number.</exception>
    /// <exception cref="InvalidCatalogException">Two versions overlap.</exception>
    public CreditRecommendation(string exhibitId, string evaluatorId, string courseId, IEnumerable<RecommendationVersion> versions)
    {
        ExhibitId = Preconditions.NotBlank(exhibitId);
        EvaluatorId = Preconditions.NotBlank(evaluatorId);
        CourseId = Preconditions.NotBlank(courseId);
        var list = Preconditions.CopyList(versions).OrderBy(v => v.Validity.Start).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A recommendation needs at least one version.", nameof(versions));
        }

        if (list.Select(v => v.Number).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("Exhibit '" + exhibitId + "' repeats a version number.", nameof(versions));
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].Validity.Overlaps(list[i - 1].Validity))
            {
                throw new InvalidCatalogException(
                    "exhibit '" + exhibitId + "' version " + list[i].Number.ToString(CultureInfo.InvariantCulture) + " Validity",
                    list[i].Validity.ToString(),
                    "overlaps version " + list[i - 1].Number.ToString(CultureInfo.InvariantCulture) + " (" + list[i - 1].Validity + "); versions of one exhibit must not overlap.");
            }
        }

        Versions = Array.AsReadOnly(list);
    }

    /// <summary>Gets the evaluator's exhibit id.</summary>
    public string ExhibitId { get; }

    /// <summary>Gets the id of the issuing evaluator.</summary>
    public string EvaluatorId { get; }

    /// <summary>Gets the id of the course covered.</summary>
    public string CourseId { get; }

    /// <summary>Gets the versions in order of their start dates.</summary>
    public IReadOnlyList<RecommendationVersion> Versions { get; }

    /// <summary>Gets the version whose validity contains <paramref name="date"/>, ends included, or <see langword="null"/> when none does.</summary>
    /// <param name="date">The qualifying date.</param>
    /// <returns>The version, or <see langword="null"/>.</returns>
    public RecommendationVersion? GetVersionOrNull(LocalDate date)
    {
        foreach (var version in Versions)
        {
            if (version.Validity.Contains(date))
            {
                return version;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => ExhibitId;
}
