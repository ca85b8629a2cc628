namespace CreditRules.Engine;

/// <summary>What kind of change a <see cref="SmallestChange"/> asks for.</summary>
public enum SmallestChangeKind
{
    /// <summary>Score higher on the proctored exam: <see cref="SmallestChange.Points"/> more.</summary>
    RaiseScore = 0,

    /// <summary>Pass the proctored exam by <see cref="SmallestChange.Deadline"/>.</summary>
    PassExam = 1,

    /// <summary>Pay a fee of <see cref="SmallestChange.Cost"/>.</summary>
    PayFee = 2,

    /// <summary>Send the evidence the institution requires.</summary>
    SubmitEvidence = 3,

    /// <summary>Complete the course.</summary>
    CompleteCourse = 4,

    /// <summary>Join the verified track by <see cref="SmallestChange.Deadline"/>.</summary>
    JoinVerifiedTrack = 5,

    /// <summary>Verify identity.</summary>
    VerifyIdentity = 6,

    /// <summary>Wait for a pending review; nothing to do but wait.</summary>
    AwaitReview = 7,

    /// <summary>A cap needs <see cref="SmallestChange.Credits"/> more room for this course.</summary>
    FreeCapRoom = 8,

    /// <summary>Earn <see cref="SmallestChange.Credits"/> more at the institution before posting.</summary>
    EarnLocalCredits = 9,

    /// <summary>Any other outstanding requirement, described by its next step or reason.</summary>
    Other = 10,

    /// <summary>A blocking reason no change by the learner can cure, such as an expired recommendation or a duplicate.</summary>
    NotWithinReach = 11,
}
