namespace CreditRules.Domain;

/// <summary>Which scope of a record policy supplied a setting: the institution's record policy or the program's part of it.</summary>
public enum AreaSettingScope
{
    /// <summary>The institution's record policy (<see cref="RecordPolicy.AreaLimits"/>): it applies to every program with an area of that id.</summary>
    Institution = 0,

    /// <summary>The program's record settings (<see cref="ProgramRecordPolicy"/>), which replace the institution's for the same area or setting.</summary>
    Program = 1,
}
