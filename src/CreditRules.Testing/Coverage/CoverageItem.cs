namespace CreditRules.Testing;

/// <summary>One thing a scenario suite can exercise (a program override or a date branch) and how many decisions exercised it.</summary>
public sealed class CoverageItem
{
    internal CoverageItem(string id, string description, int count)
    {
        Id = id;
        Description = description;
        Count = count;
    }

    /// <summary>Gets the id: <c>institution/program/override</c> for an override, such as <c>version.first-day</c> for a date branch.</summary>
    public string Id { get; }

    /// <summary>Gets what the item means, for people.</summary>
    public string Description { get; }

    /// <summary>Gets the number of decisions that exercised it; 0 when none did.</summary>
    public int Count { get; }

    /// <summary>Gets a value indicating whether at least one decision exercised it.</summary>
    public bool IsExercised => Count > 0;

    /// <inheritdoc/>
    public override string ToString() => Id + ": " + Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
