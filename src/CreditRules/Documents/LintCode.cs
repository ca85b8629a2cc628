namespace CreditRules.Documents;

/// <summary>The stable machine key of a <see cref="LintDiagnostic"/>; the names never change once published.</summary>
public enum LintCode
{
    /// <summary>The document does not load; the message carries the <see cref="DocumentErrorCode"/> (an overlap of recommendation versions is one).</summary>
    DocumentError = 0,

    /// <summary>Two consecutive versions of a recommendation leave days between them: exams passed then earn no credit (warning).</summary>
    RecommendationVersionGap = 1,

    /// <summary>A program override's enrolment window lies outside every policy version of its institution, so it can never apply (error).</summary>
    OverrideNeverApplies = 2,

    /// <summary>A program's per-course credit cap is zero (error), or below the smallest award any recommendation of the catalog gives (warning).</summary>
    CapBelowSmallestAward = 3,

    /// <summary>A minimum score lies above its scale's maximum, so nobody can reach it (error; the loader refuses the document).</summary>
    MinimumScoreAboveScaleMaximum = 4,

    /// <summary>An override accepts a level that no policy version of its institution accepts (warning).</summary>
    LevelNeverAccepted = 5,

    /// <summary>An override targets an evaluator that no policy version of its institution accepts (warning), or a policy accepts an evaluator missing from the catalog (warning).</summary>
    EvaluatorNeverAccepted = 6,

    /// <summary>Two overrides of one program apply to overlapping enrolment dates and evaluators but disagree: one refuses, one restricts (error), or both restrict differently (warning).</summary>
    ContradictoryOverrides = 7,

    /// <summary>A learner's exception changes no decision of the learner's claims on the document's as-of date: deciding without it gives the same outcome, credits and reasons (it may be obsolete). Reported by <c>creditrules lint</c> when a catalog, policies and learners are linted together.</summary>
    ExceptionChangesNothing = 8,

    /// <summary>A requirement area's setting caps credit by evaluation at more than the area's size, so the cap changes nothing: the size bounds the area (warning).</summary>
    AreaCapLargerThanArea = 9,

    /// <summary>A requirement area's setting excludes credit by evaluation (PriorLearning), so none can land there: without a redirect every course it names is refused (warning), and an area that other areas redirect to takes none of it (error).</summary>
    AreaExclusionEmptiesArea = 10,

    /// <summary>No course of the catalog can land in a requirement area: no course id, equivalence key or recommendation subject it names exists, and no area redirects to it (warning).</summary>
    AreaNeverReached = 11,

    /// <summary>A program's own setting equals the institution's in every policy version (or a program's record setting or cap equals the record policy's it replaces), so stating it changes nothing (warning).</summary>
    ProgramSettingChangesNothing = 12,

    /// <summary>A setting is contradicted across scopes: a program's own settings and its restricting override accept no level in common, so every claim the override applies to is refused; or a program cap reuses an institution cap's id for another scope, source or level (error).</summary>
    SettingContradictedAcrossScopes = 13,

    /// <summary>A recency window is limited to a subject code that no recommendation line of the catalog names, so the window never applies to it (warning).</summary>
    RecencySubjectNeverRecommended = 14,

    /// <summary>A policy refuses a provider id that the catalog does not define, so the refusal changes nothing (warning).</summary>
    RefusedProviderNotInCatalog = 15,
}
