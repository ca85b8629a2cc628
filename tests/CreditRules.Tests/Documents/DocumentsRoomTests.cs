using System.Reflection;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>The Documents room's input documents know Domain, never Engine (STYLE 3.2). The one exception is
/// Documents/Decisions: the JSON forms of the engine's outputs (decisions, record decisions, diffs, impact reports) map
/// Engine types to JSON, so they name the Engine (and decision records create and replay decisions); the Engine never names Documents, so the dependency stays one-way.</summary>
public sealed class DocumentsRoomTests
{
    [Fact]
    public void DocumentsSources_NeverNameTheEngine()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CreditRules.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        var decisions = Path.Combine(root!.FullName, "src", "CreditRules", "Documents", "Decisions") + Path.DirectorySeparatorChar;
        var offenders = Directory.GetFiles(Path.Combine(root.FullName, "src", "CreditRules", "Documents"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(decisions, StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("CreditRules.Engine", StringComparison.Ordinal))
            .ToArray();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void EngineSources_NeverNameDocuments()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CreditRules.sln")))
        {
            root = root.Parent;
        }

        var offenders = Directory.GetFiles(Path.Combine(root!.FullName, "src", "CreditRules", "Engine"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("CreditRules.Documents", StringComparison.Ordinal))
            .ToArray();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void DocumentsPublicSignatures_NameNoEngineType()
    {
        // The decision documents (Documents/Decisions) map Engine outputs: their From factories and Write overloads take Engine types.
        string[] decisionDocuments = ["DecisionDocument", "DecisionJson", "ReasonJson", "NextStepJson", "TraceJson", "RecordDecisionJson", "CapJson", "AwardJson",
            "DecisionDiffJson", "InputChangeJson", "ReasonChangeJson", "ImpactJson", "ImpactTransitionJson", "InputErrorJson", "DecisionRecords", "DecisionReplay", "DecisionReplayJson", "SettingJson", "PolicySelectionJson", "AreaJson", "SettingChangeJson"];
        var types = typeof(DocumentError).Assembly.GetExportedTypes().Where(t => t.Namespace == "CreditRules.Documents" && !decisionDocuments.Contains(t.Name)).ToArray();
        var signatureTypes = types.SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m switch
            {
                MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
                PropertyInfo property => [property.PropertyType],
                ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
                _ => [],
            })
            .SelectMany(t => t.IsGenericType ? t.GetGenericArguments().Append(t) : [t]);

        types.Should().NotBeEmpty();
        signatureTypes.Should().NotContain(t => t.Namespace == "CreditRules.Engine");
    }
}
