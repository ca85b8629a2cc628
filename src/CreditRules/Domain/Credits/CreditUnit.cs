namespace CreditRules.Domain;

/// <summary>The unit in which credit hours are counted.</summary>
/// <remarks>One quarter hour is exactly two thirds of a semester hour.</remarks>
public enum CreditUnit
{
    /// <summary>Semester hours (SH), the unit of every ACE recommendation. The default.</summary>
    SemesterHour = 0,

    /// <summary>Quarter hours (QH); 1 QH = 2/3 SH.</summary>
    QuarterHour = 1,
}
