namespace CreditRules.Documents;

/// <summary>The stable machine key of a <see cref="DocumentError"/>; the names never change once published.</summary>
public enum DocumentErrorCode
{
    /// <summary>The text is not well-formed JSON.</summary>
    JsonSyntax = 0,

    /// <summary>The document is larger than <see cref="DocumentLimits.MaxDocumentBytes"/>.</summary>
    DocumentTooLarge = 1,

    /// <summary>Objects and arrays nest deeper than <see cref="DocumentLimits.MaxDepth"/>.</summary>
    DepthExceeded = 2,

    /// <summary>A property the schema does not define.</summary>
    UnknownProperty = 3,

    /// <summary>A property appears twice in one object.</summary>
    DuplicateProperty = 4,

    /// <summary>A required property is absent.</summary>
    MissingProperty = 5,

    /// <summary>A value has the wrong JSON type (a string where a number belongs, and so on), or is null where a value is required.</summary>
    WrongType = 6,

    /// <summary>A number does not fit its field (not an integer, or out of range).</summary>
    NumberOutOfRange = 7,

    /// <summary>The <c>schemaVersion</c> is not one this library reads.</summary>
    UnsupportedSchemaVersion = 8,

    /// <summary>A date is not an existing ISO calendar date (yyyy-MM-dd), such as 2023-02-30.</summary>
    InvalidDate = 9,

    /// <summary>A date-time is not an ISO date-time with an offset, such as 2013-05-20T10:00:00-04:00.</summary>
    InvalidDateTime = 10,

    /// <summary>A local exam time falls in a daylight-saving gap of its zone: that clock time never happened.</summary>
    SkippedLocalTime = 11,

    /// <summary>A local exam time falls in a daylight-saving overlap of its zone: it happened twice; give the offset.</summary>
    AmbiguousLocalTime = 12,

    /// <summary>A time zone id is not in the IANA (TZDB) database.</summary>
    UnknownTimeZone = 13,

    /// <summary>A period is not a positive ISO period of whole days, weeks, months or years, such as P5Y.</summary>
    InvalidPeriod = 14,

    /// <summary>A credit amount is negative or zero where more than zero is required.</summary>
    InvalidCredits = 15,

    /// <summary>A money amount is negative.</summary>
    NegativeAmount = 16,

    /// <summary>A currency is not an active ISO 4217 code.</summary>
    UnknownCurrency = 17,

    /// <summary>A name is not one of the values an enumerated field allows.</summary>
    InvalidEnumValue = 18,

    /// <summary>A score scale name is not known.</summary>
    UnknownScoreScale = 19,

    /// <summary>A score lies outside its scale.</summary>
    ScoreOutOfScale = 20,

    /// <summary>An id is used twice where ids must be unique.</summary>
    DuplicateId = 21,

    /// <summary>An id refers to nothing defined.</summary>
    UnknownReference = 22,

    /// <summary>A date range ends before it starts.</summary>
    ReversedRange = 23,

    /// <summary>Two versions of one recommendation share a date.</summary>
    OverlappingVersions = 24,

    /// <summary>Two policy versions of one institution apply on the same enrolment date.</summary>
    OverlappingPolicies = 25,

    /// <summary>A required text is empty or white space.</summary>
    BlankValue = 26,

    /// <summary>A list that needs at least one entry is empty.</summary>
    EmptyList = 27,

    /// <summary>A value breaks a rule of the domain model; the message names the rule.</summary>
    InvalidValue = 28,

    /// <summary>A date or date-time lies outside the supported range, 1900-01-01 to 2999-12-31 (see <see cref="Domain.SupportedDates"/>).</summary>
    DateOutOfRange = 29,

    /// <summary>The text is not UTF-8: an invalid byte sequence, or a UTF-16 or UTF-32 byte order mark.</summary>
    InvalidEncoding = 30,

    /// <summary>The document has more errors than <see cref="DocumentLimits.MaxErrors"/>; this last entry counts the ones not reported.</summary>
    TooManyErrors = 31,

    /// <summary>A learner has two course enrolments in the same session.</summary>
    DuplicateEnrollment = 32,
}
