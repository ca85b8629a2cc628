namespace CreditRules.Domain;

/// <summary>The named order in which claimed courses take what the caps leave after posted credit.</summary>
/// <remarks>Every order breaks ties by course id (ordinal), so the same facts in any order give the same decision.</remarks>
public enum AllocationOrder
{
    /// <summary>By qualifying date, earliest first; courses without one come last. The default.</summary>
    Chronological = 0,

    /// <summary>The set of whole courses that grants the most credit under every cap goes first (ties: the set holding the earliest courses), then the rest chronologically.</summary>
    MaximiseCredits = 1,

    /// <summary>By the policy's requirement priority list (course ids or equivalence keys), then chronologically.</summary>
    RequirementPriority = 2,
}
