using System.Reflection;
using System.Runtime.CompilerServices;

namespace CreditRules.Tests.Consistency;

/// <summary>Reflects over the public surface of the CreditRules assembly to keep the conventions of STYLE.md.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(CreditAmount).Assembly;

    private static readonly string[] AllowedNamespaces =
    [
        "CreditRules.Domain",
        "CreditRules.Engine",
        "CreditRules.Documents",
        "CreditRules.DependencyInjection",
        // Meter and ActivitySource names for OpenTelemetry hosts; no types from other rooms.
        "CreditRules.Diagnostics",
    ];

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    private static IEnumerable<Type> DomainTypes => PublicTypes.Where(t => t.Namespace == "CreditRules.Domain");

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void PublicTypes_LiveInAllowedNamespaces()
    {
        var misplaced = PublicTypes.Where(t => !AllowedNamespaces.Contains(t.Namespace)).Select(t => t.FullName);

        misplaced.Should().BeEmpty();
        DomainTypes.Should().NotBeEmpty();
        PublicTypes.Should().Contain(t => t.Namespace == "CreditRules.Engine");
    }

    [Fact]
    public void DomainTypes_AreSealedClassesReadonlyStructsOrEnums()
    {
        var offenders = DomainTypes.Where(t => !(t.IsEnum
            || (t.IsClass && t.IsSealed)
            || (t.IsValueType && t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))));

        offenders.Select(t => t.FullName).Should().BeEmpty();
    }

    [Fact]
    public void DomainTypes_HaveNoPublicSetters()
    {
        var setters = DomainTypes
            .SelectMany(t => t.GetProperties(Declared).Where(p => p.SetMethod?.IsPublic == true).Select(p => t.Name + "." + p.Name))
            .Concat(DomainTypes.SelectMany(t => t.GetFields(Declared).Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum).Select(f => t.Name + "." + f.Name)));

        setters.Should().BeEmpty();
    }

    [Fact]
    public void EngineResultTypes_HaveNoPublicSetters()
    {
        // Options are the one mutable shape (STYLE 3.5); every other Engine type is immutable.
        var setters = PublicTypes
            .Where(t => t.Namespace == "CreditRules.Engine" && !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(Declared).Where(p => p.SetMethod?.IsPublic == true).Select(p => t.Name + "." + p.Name));

        setters.Should().BeEmpty();
    }

    [Fact]
    public void DomainSignatures_NeverMentionEngineOrMicrosoftExtensions()
    {
        var offenders = new List<string>();
        foreach (var type in DomainTypes)
        {
            foreach (var (where, mentioned) in Signatures(type))
            {
                foreach (var part in Expand(mentioned))
                {
                    var ns = part.Namespace ?? string.Empty;
                    if (ns.StartsWith("CreditRules.Engine", StringComparison.Ordinal) || ns.StartsWith("Microsoft.Extensions", StringComparison.Ordinal))
                    {
                        offenders.Add(type.Name + "." + where + " mentions " + part.FullName);
                    }
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void ReasonCodeProperties_AreAllListedInAll()
    {
        var declared = typeof(ReasonCode).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ReasonCode))
            .Select(p => (ReasonCode)p.GetValue(null)!);

        ReasonCode.All.Should().BeEquivalentTo(declared);
    }

    [Fact]
    public void NextStepCodeProperties_AreAllListedInAll()
    {
        var declared = typeof(NextStepCode).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(NextStepCode))
            .Select(p => (NextStepCode)p.GetValue(null)!);

        NextStepCode.All.Should().BeEquivalentTo(declared);
    }

    [Fact]
    public void SignatureWalker_FindsGenericArguments()
    {
        // Guards the walker itself: Decision.Reasons is IReadOnlyList<Reason>, so Reason must be found.
        Signatures(typeof(Decision)).SelectMany(s => Expand(s.Type)).Should().Contain([typeof(Reason), typeof(CreditAmount), typeof(DateTimeZone)]);
    }

    private static IEnumerable<(string Where, Type Type)> Signatures(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return ("(base)", baseType);
        }

        foreach (var implemented in type.GetInterfaces())
        {
            yield return ("(interface)", implemented);
        }

        const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var constructor in type.GetConstructors(Visible))
        {
            foreach (var parameter in constructor.GetParameters())
            {
                yield return (".ctor(" + parameter.Name + ")", parameter.ParameterType);
            }
        }

        foreach (var method in type.GetMethods(Visible))
        {
            yield return (method.Name + "()", method.ReturnType);
            foreach (var parameter in method.GetParameters())
            {
                yield return (method.Name + "(" + parameter.Name + ")", parameter.ParameterType);
            }
        }

        foreach (var property in type.GetProperties(Visible))
        {
            yield return (property.Name, property.PropertyType);
        }

        foreach (var field in type.GetFields(Visible))
        {
            yield return (field.Name, field.FieldType);
        }

        foreach (var @event in type.GetEvents(Visible))
        {
            yield return (@event.Name, @event.EventHandlerType!);
        }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                foreach (var inner in Expand(argument))
                {
                    yield return inner;
                }
            }
        }
    }
}
