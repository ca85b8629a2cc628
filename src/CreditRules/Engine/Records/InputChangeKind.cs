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

    /// <summary>The learner facts a decision record was made with differ (their digest changed): a replay with other facts.</summary>
    Facts = 7,

    /// <summary>The catalog and policy data differ (their data version changed): a replay with today's data.</summary>
    DataVersion = 8,

    /// <summary>The engine differs (its informational version changed): a replay with today's package.</summary>
    EngineVersion = 9,
}
