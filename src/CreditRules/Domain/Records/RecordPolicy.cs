using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// An institution's rules over a learner's whole record: aggregate caps and their allocation order, duplicates and
/// precedence, local credits required before posting, and the posting fee.
/// </summary>
/// <remarks>
/// <para>Defaults follow the domain guide: posted credit counts first, then claimed courses chronologically by
/// qualifying date, ties by course id; whole-course awards; a cap only limits (never refuses).</para>
/// <para>Residency is the program's: see <see cref="DegreeProgram.ResidencyRequired"/>.</para>
/// </remarks>
public sealed class RecordPolicy
{
    /// <summary>Initialises a record policy.</summary>
    /// <param name="id">A stable id, named in record decisions.</param>
    /// <param name="caps">The caps, with unique ids.</param>
    /// <param name="allocationOrder">The order in which claimed courses take what the caps leave.</param>
    /// <param name="requirementPriority">For <see cref="AllocationOrder.RequirementPriority"/>: course ids or equivalence keys, most needed first.</param>
    /// <param name="allowPartialAwards">Whether a course may get part of its credit when a cap leaves less than it needs.</param>
    /// <param name="overflowToElectives">Whether credit over a source or level cap is granted as elective credit (still counted against caps of all credit).</param>
    /// <param name="equivalences">Claimed course id to equivalence key (local course id); unique course ids.</param>
    /// <param name="blockingMinimumGrade">The lowest prior grade that blocks a duplicate, or <see langword="null"/> when any prior credit blocks.</param>
    /// <param name="precedence">Chains of local courses, least advanced first, with unique ids.</param>
    /// <param name="localCreditsBeforePosting">Credit that must be earned at the institution before this credit is posted, or <see langword="null"/>.</param>
    /// <param name="postingFee">The posting fee, or <see langword="null"/>.</param>
    /// <param name="examCreditsPerAcademicYear">The most credit by exam in one academic year, or <see langword="null"/>.</param>
    /// <param name="areaLimits">Institution-scope area settings, at most one per area id; they apply to every program listing an area of that id, unless the program states its own.</param>
    /// <param name="programs">Program-scope record settings (requirement areas and their settings), at most one per program.</param>
    /// <param name="priorCreditConversion">How prior credit stated in the other unit is converted; defaults to <see cref="PriorCreditConversion.Exact"/>.</param>
    /// <exception cref="ArgumentException">An id (cap, chain, area setting, program) is blank or repeated, an equivalence is blank, the grade has no scale, or <see cref="AllocationOrder.RequirementPriority"/> has no priority list.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="allocationOrder"/> or <paramref name="priorCreditConversion"/> is not defined.</exception>
    public RecordPolicy(
        string id,
        IEnumerable<CreditCap>? caps = null,
        AllocationOrder allocationOrder = AllocationOrder.Chronological,
        IEnumerable<string>? requirementPriority = null,
        bool allowPartialAwards = false,
        bool overflowToElectives = false,
        IEnumerable<KeyValuePair<string, string>>? equivalences = null,
        Score? blockingMinimumGrade = null,
        IEnumerable<PrecedenceChain>? precedence = null,
        CreditAmount? localCreditsBeforePosting = null,
        PostingFee? postingFee = null,
        ExamCreditYearLimit? examCreditsPerAcademicYear = null,
        IEnumerable<AreaLimit>? areaLimits = null,
        IEnumerable<ProgramRecordPolicy>? programs = null,
        PriorCreditConversion priorCreditConversion = PriorCreditConversion.Exact)
    {
        PriorCreditConversion = Preconditions.Defined(priorCreditConversion);
        AreaLimits = Preconditions.CopyList(areaLimits ?? []);
        Preconditions.EnsureUniqueIds(AreaLimits, a => a.AreaId, nameof(areaLimits));
        Programs = Preconditions.CopyList(programs ?? []);
        Preconditions.EnsureUniqueIds(Programs, p => p.ProgramId, nameof(programs));
        ExamCreditsPerAcademicYear = examCreditsPerAcademicYear;
        Id = Preconditions.NotBlank(id);
        Caps = Preconditions.CopyList(caps ?? []);
        Preconditions.EnsureUniqueIds(Caps, c => c.Id, nameof(caps));
        AllocationOrder = Preconditions.Defined(allocationOrder);
        RequirementPriority = Preconditions.CopyList(requirementPriority ?? []);
        if (allocationOrder == AllocationOrder.RequirementPriority && RequirementPriority.Count == 0)
        {
            throw new ArgumentException("Record policy '" + id + "' allocates by requirement priority but lists no requirement.", nameof(requirementPriority));
        }

        AllowPartialAwards = allowPartialAwards;
        OverflowToElectives = overflowToElectives;
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in equivalences ?? [])
        {
            var courseId = Preconditions.NotBlank(pair.Key, nameof(equivalences));
            var key = Preconditions.NotBlank(pair.Value, nameof(equivalences));
            if (!map.TryAdd(courseId, key))
            {
                throw new ArgumentException("Record policy '" + id + "' maps course '" + courseId + "' twice.", nameof(equivalences));
            }
        }

        Equivalences = map;
        if (blockingMinimumGrade is { Scale: null })
        {
            throw new ArgumentException("The blocking minimum grade has no scale.", nameof(blockingMinimumGrade));
        }

        BlockingMinimumGrade = blockingMinimumGrade;
        Precedence = Preconditions.CopyList(precedence ?? []);
        Preconditions.EnsureUniqueIds(Precedence, c => c.Id, nameof(precedence));
        LocalCreditsBeforePosting = localCreditsBeforePosting is { IsZero: true } ? null : localCreditsBeforePosting;
        PostingFee = postingFee;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the caps.</summary>
    public IReadOnlyList<CreditCap> Caps { get; }

    /// <summary>Gets the allocation order.</summary>
    /// <value>Defaults to <see cref="AllocationOrder.Chronological"/>.</value>
    public AllocationOrder AllocationOrder { get; }

    /// <summary>Gets the requirement priority list (course ids or equivalence keys), most needed first.</summary>
    public IReadOnlyList<string> RequirementPriority { get; }

    /// <summary>Gets a value indicating whether a course may get part of its credit.</summary>
    /// <value>Defaults to <see langword="false"/>: whole-course awards.</value>
    public bool AllowPartialAwards { get; }

    /// <summary>Gets a value indicating whether credit over a source or level cap is granted as elective credit.</summary>
    public bool OverflowToElectives { get; }

    /// <summary>Gets the map from claimed course id to equivalence key, ordered by course id.</summary>
    public IReadOnlyDictionary<string, string> Equivalences { get; }

    /// <summary>Gets the lowest prior grade that blocks a duplicate, or <see langword="null"/> when any prior credit blocks.</summary>
    /// <remarks>
    /// Prior credit recorded without a grade (CR) always blocks. A prior grade below this minimum lets the course count
    /// (grade forgiveness), and such credit does not count as "more advanced" for <see cref="Precedence"/> either.
    /// </remarks>
    public Score? BlockingMinimumGrade { get; }

    /// <summary>Gets the precedence chains.</summary>
    public IReadOnlyList<PrecedenceChain> Precedence { get; }

    /// <summary>Gets the credit that must be earned at the institution before posting, or <see langword="null"/>.</summary>
    public CreditAmount? LocalCreditsBeforePosting { get; }

    /// <summary>Gets the posting fee, or <see langword="null"/>.</summary>
    public PostingFee? PostingFee { get; }

    /// <summary>Gets the most credit by exam in one academic year, or <see langword="null"/> for no such limit.</summary>
    public ExamCreditYearLimit? ExamCreditsPerAcademicYear { get; }

    /// <summary>Gets the institution-scope area settings: each applies to every program listing an area of its id, unless the program states its own.</summary>
    public IReadOnlyList<AreaLimit> AreaLimits { get; }

    /// <summary>Gets how prior credit stated in the other unit is converted to the institution's unit.</summary>
    /// <value>Defaults to <see cref="PriorCreditConversion.Exact"/>.</value>
    public PriorCreditConversion PriorCreditConversion { get; }

    /// <summary>Gets the program-scope record settings (requirement areas and their settings).</summary>
    public IReadOnlyList<ProgramRecordPolicy> Programs { get; }

    /// <summary>Gets the record settings of a program.</summary>
    /// <param name="programId">The program id.</param>
    /// <returns>The program's settings, or <see langword="null"/> when the policy states none for it.</returns>
    public ProgramRecordPolicy? GetProgramOrNull(string programId) =>
        Programs.FirstOrDefault(p => string.Equals(p.ProgramId, Preconditions.NotNull(programId), StringComparison.Ordinal));

    /// <summary>
    /// Resolves the setting of one requirement area of a program, the one definition every path uses: the program's own
    /// setting for the area, else the institution's, else none.
    /// </summary>
    /// <param name="program">The program's record settings.</param>
    /// <param name="areaId">The area id.</param>
    /// <returns>The setting and the scope that supplied it, or <see langword="null"/> when neither scope sets the area.</returns>
    public (AreaLimit Limit, AreaSettingScope Scope)? ResolveAreaLimitOrNull(ProgramRecordPolicy program, string areaId)
    {
        Preconditions.NotNull(program);
        foreach (var limit in program.AreaLimits)
        {
            if (string.Equals(limit.AreaId, areaId, StringComparison.Ordinal))
            {
                return (limit, AreaSettingScope.Program);
            }
        }

        foreach (var limit in AreaLimits)
        {
            if (string.Equals(limit.AreaId, areaId, StringComparison.Ordinal))
            {
                return (limit, AreaSettingScope.Institution);
            }
        }

        return null;
    }

    /// <summary>
    /// Resolves the caps of a program, the one definition every path uses: the institution's caps in order, each replaced by
    /// the program's cap of the same id (<see cref="ProgramRecordPolicy.Caps"/>), then the program's caps with new ids.
    /// </summary>
    /// <param name="programId">The program id.</param>
    /// <returns>Each cap with the scope that supplied it; the institution's caps alone when the policy states nothing for the program.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programId"/> is null.</exception>
    public IReadOnlyList<(CreditCap Cap, AreaSettingScope Scope)> ResolveCaps(string programId)
    {
        var own = GetProgramOrNull(programId)?.Caps ?? [];
        var caps = new List<(CreditCap, AreaSettingScope)>(Caps.Count + own.Count);
        foreach (var cap in Caps)
        {
            var replaced = FindCap(own, cap.Id);
            caps.Add(replaced is null ? (cap, AreaSettingScope.Institution) : (replaced, AreaSettingScope.Program));
        }

        foreach (var cap in own)
        {
            if (FindCap(Caps, cap.Id) is null)
            {
                caps.Add((cap, AreaSettingScope.Program));
            }
        }

        return caps;
    }

    /// <summary>Resolves whether a program allows partial awards: the program's setting, else the institution's.</summary>
    /// <param name="programId">The program id.</param>
    /// <returns>The value and the scope that supplied it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programId"/> is null.</exception>
    public (bool Value, AreaSettingScope Scope) ResolveAllowPartialAwards(string programId) =>
        GetProgramOrNull(programId)?.AllowPartialAwards is { } own ? (own, AreaSettingScope.Program) : (AllowPartialAwards, AreaSettingScope.Institution);

    /// <summary>Resolves whether a program grants credit over a source or level cap as elective credit: the program's setting, else the institution's.</summary>
    /// <param name="programId">The program id.</param>
    /// <returns>The value and the scope that supplied it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programId"/> is null.</exception>
    public (bool Value, AreaSettingScope Scope) ResolveOverflowToElectives(string programId) =>
        GetProgramOrNull(programId)?.OverflowToElectives is { } own ? (own, AreaSettingScope.Program) : (OverflowToElectives, AreaSettingScope.Institution);

    /// <summary>Resolves how a program converts prior credit stated in the other unit: the program's setting, else the institution's.</summary>
    /// <param name="programId">The program id.</param>
    /// <returns>The value and the scope that supplied it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programId"/> is null.</exception>
    public (PriorCreditConversion Value, AreaSettingScope Scope) ResolvePriorCreditConversion(string programId) =>
        GetProgramOrNull(programId)?.PriorCreditConversion is { } own ? (own, AreaSettingScope.Program) : (PriorCreditConversion, AreaSettingScope.Institution);

    private static CreditCap? FindCap(IReadOnlyList<CreditCap> caps, string id)
    {
        foreach (var cap in caps)
        {
            if (string.Equals(cap.Id, id, StringComparison.Ordinal))
            {
                return cap;
            }
        }

        return null;
    }

    /// <summary>Gets the equivalence key of a claimed course, or <see langword="null"/> when it maps to none.</summary>
    /// <param name="courseId">The claimed course id.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    public string? GetEquivalenceKeyOrNull(string courseId) =>
        Equivalences.TryGetValue(Preconditions.NotNull(courseId), out var key) ? key : null;

    /// <inheritdoc/>
    public override string ToString() => Id;
}
