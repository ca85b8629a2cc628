namespace CreditRules.Engine.Rules;

/// <summary>One built-in rule. Rules run in a fixed order and add reasons, next steps and one trace entry each.</summary>
internal interface IRule
{
    string Id { get; }

    void Apply(EvaluationContext context);
}
