namespace CreditRules.Engine;

/// <summary>Which input of a record decision changed between two decisions.</summary>
public enum InputChangeKind
{
    /// <summary>The as-of date.</summary>
    AsOf = 0,

    /// <summary>The institution.</summary>
    Institution = 1,

    /// <summary>The program.</summary>
    Program = 2,

    /// <summary>The institution policy version used.</summary>
    PolicyVersion = 3,

    /// <summary>A hypothetical fact was assumed.</summary>
    HypothesisAdded = 4,

    /// <summary>A hypothetical fact is no longer assumed.</summary>
    HypothesisRemoved = 5,

    /// <summary>The set of claimed courses.</summary>
    CoursesClaimed = 6,
}
