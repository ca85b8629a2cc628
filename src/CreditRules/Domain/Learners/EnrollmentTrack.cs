namespace CreditRules.Domain;

/// <summary>The track a learner joined a course session on.</summary>
public enum EnrollmentTrack
{
    /// <summary>The free track (Statement of Accomplishment); never leads to credit.</summary>
    Free = 0,

    /// <summary>The paid, identity-verified track (Coursera's Signature Track).</summary>
    Verified = 1,
}
