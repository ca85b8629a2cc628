using System.Reflection;
using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

/// <summary>The Documents room knows Domain, never Engine (STYLE 3.2).</summary>
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
        var offenders = Directory.GetFiles(Path.Combine(root!.FullName, "src", "CreditRules", "Documents"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("CreditRules.Engine", StringComparison.Ordinal))
            .ToArray();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void DocumentsPublicSignatures_NameNoEngineType()
    {
        var types = typeof(DocumentError).Assembly.GetExportedTypes().Where(t => t.Namespace == "CreditRules.Documents").ToArray();
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
