using NodaTime;

namespace CreditRules.DependencyInjection;

/// <summary>The validated, immutable copy of <see cref="CreditRulesOptions"/> that the registered services use.</summary>
/// <remarks>Created by <see cref="CreditRulesOptions.Validate"/>; later changes to the options object do not reach it.</remarks>
public sealed class CreditRulesSettings
{
    internal CreditRulesSettings(int maxDegreeOfParallelism, DateTimeZone? todayZone, ICreditRulesDataSource? dataSource)
    {
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        TodayZone = todayZone;
        DataSource = dataSource;
    }

    /// <summary>Gets the most threads a batch evaluation uses.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Gets the zone in which "today" is read for <see cref="CreditRulesEvaluator.EvaluateToday"/>, or <see langword="null"/> to use each institution's zone.</summary>
    public DateTimeZone? TodayZone { get; }

    /// <summary>Gets the data source configured in the options, or <see langword="null"/> when the host registers its own <see cref="ICreditRulesDataSource"/>.</summary>
    public ICreditRulesDataSource? DataSource { get; }
}
