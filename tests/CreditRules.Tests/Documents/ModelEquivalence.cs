using CreditRules.Documents;
using FluentAssertions.Equivalency;

namespace CreditRules.Tests.Documents;

/// <summary>
/// Structural equality for the Domain model, whose entities are classes without Equals: every public property compared
/// recursively, lists in order, zones by id, value types (Score, CreditAmount, Instant, ...) by their own Equals.
/// </summary>
internal static class ModelEquivalence
{
    public static void ShouldEqual(this Catalog actual, Catalog expected) => actual.Should().BeEquivalentTo(expected, Options);

    public static void ShouldEqual(this PolicySet actual, PolicySet expected) => actual.Should().BeEquivalentTo(expected, Options);

    public static void ShouldEqual(this LearnerSet actual, LearnerSet expected) => actual.Should().BeEquivalentTo(expected, Options);

    private static EquivalencyAssertionOptions<T> Options<T>(EquivalencyAssertionOptions<T> options) => options
        .WithStrictOrdering()
        .RespectingRuntimeTypes()
        .Using<DateTimeZone>(ctx => ctx.Subject.Id.Should().Be(ctx.Expectation.Id))
        .WhenTypeIs<DateTimeZone>();
}
