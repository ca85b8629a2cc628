using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// One requirement area of a degree program (major or core, general education, electives): its credit size and the
/// subject areas and courses whose credit counts there.
/// </summary>
/// <remarks>
/// <para>A claimed course lands in the first area of its program (in the order the areas are listed) that names its course
/// id or equivalence key in <see cref="Courses"/>, else the first that names one of its recommendation's subject codes in
/// <see cref="Subjects"/>; a course no area names lands in none and is limited by no area setting. Posted external prior
/// credit lands in the first area naming its equivalence key and counts there first.</para>
/// <para>Without an <see cref="AreaLimit"/>, an area takes credit by evaluation up to its <see cref="Size"/>.</para>
/// </remarks>
public sealed class RequirementArea
{
    /// <summary>Initialises a requirement area.</summary>
    /// <param name="id">A stable id, unique within the program, such as <c>nursing-core</c>.</param>
    /// <param name="size">The credits of the program in this area, more than zero.</param>
    /// <param name="subjects">Subject area codes whose credit counts here.</param>
    /// <param name="courses">Course ids or equivalence keys (local course ids) whose credit counts here.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, a subject or a course is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is zero.</exception>
    public RequirementArea(string id, CreditAmount size, IEnumerable<string>? subjects = null, IEnumerable<string>? courses = null)
    {
        Id = Preconditions.NotBlank(id);
        if (size.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Requirement area '" + id + "' must have a size of more than zero hours.");
        }

        Size = size;
        Subjects = Preconditions.CopyList(subjects ?? [], nameof(subjects));
        Courses = Preconditions.CopyList(courses ?? [], nameof(courses));
        foreach (var text in Subjects.Concat(Courses))
        {
            Preconditions.NotBlank(text, nameof(subjects));
        }
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the credits of the program in this area, in the unit they were stated in.</summary>
    public CreditAmount Size { get; }

    /// <summary>Gets the subject area codes whose credit counts here.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>Gets the course ids or equivalence keys whose credit counts here.</summary>
    public IReadOnlyList<string> Courses { get; }

    /// <summary>Determines whether this area names a course id or equivalence key.</summary>
    /// <param name="courseOrKey">A course id or equivalence key, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <see cref="Courses"/> lists it.</returns>
    public bool NamesCourse(string? courseOrKey) => courseOrKey is not null && Names(Courses, courseOrKey);

    /// <summary>Determines whether this area names a subject area code.</summary>
    /// <param name="subjectCode">A subject area code.</param>
    /// <returns><see langword="true"/> when <see cref="Subjects"/> lists it.</returns>
    public bool NamesSubject(string subjectCode) => Names(Subjects, subjectCode);

    // An indexed loop: the record rules ask this per claim on the outcome-only path, which allocates nothing.
    private static bool Names(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Id + " (" + Size + ")";
}
