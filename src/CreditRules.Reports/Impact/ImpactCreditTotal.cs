using CreditRules.Domain;

namespace CreditRules.Reports;

/// <summary>The credits gained and lost over a population in one credit unit.</summary>
/// <remarks>Immutable and thread-safe. Units are never mixed: institutions counting in quarter hours have their own total.</remarks>
public sealed class ImpactCreditTotal
{
    /// <summary>Initializes a total.</summary>
    /// <param name="gained">The credits gained.</param>
    /// <param name="lost">The credits lost, in the same unit.</param>
    /// <exception cref="ArgumentException"><paramref name="gained"/> and <paramref name="lost"/> are in different units.</exception>
    public ImpactCreditTotal(CreditAmount gained, CreditAmount lost)
    {
        if (gained.Unit != lost.Unit)
        {
            throw new ArgumentException("Gained and lost credits must share a unit; got " + gained + " and " + lost + ".", nameof(lost));
        }

        Gained = gained;
        Lost = lost;
    }

    /// <summary>Gets the unit.</summary>
    public CreditUnit Unit => Gained.Unit;

    /// <summary>Gets the credits gained, summed over claims that gained.</summary>
    public CreditAmount Gained { get; }

    /// <summary>Gets the credits lost, summed over claims that lost.</summary>
    public CreditAmount Lost { get; }
}
