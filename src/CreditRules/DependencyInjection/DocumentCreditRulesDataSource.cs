using System.Reflection;
using System.Security.Cryptography;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.Internal;

namespace CreditRules.DependencyInjection;

/// <summary>
/// A data source over a catalog document and a policy document (<c>schemas/catalog.schema.json</c> and
/// <c>schemas/policies.schema.json</c>), read from files or from resources embedded in an assembly.
/// </summary>
/// <remarks>
/// <para>Each <see cref="Load"/> reads both documents into memory, then loads them with <see cref="CatalogDocument"/> and
/// <see cref="PolicyDocument"/>. When either does not load, it throws one <see cref="DocumentSetValidationException"/>
/// listing every error of both documents (document, JSON path, line, column and value), and
/// <see cref="CreditRulesDataProvider.Reload"/> keeps the current snapshot.</para>
/// <para>The version label is <c>sha256:</c> and the first 16 hex digits of the SHA-256 of both documents' content:
/// changing either document changes the version, and equal content gives an equal version.</para>
/// </remarks>
public sealed class DocumentCreditRulesDataSource : ICreditRulesDataSource
{
    private readonly Func<string, byte[]> _read;

    private DocumentCreditRulesDataSource(string catalogName, string policiesName, Func<string, byte[]> read)
    {
        CatalogName = catalogName;
        PoliciesName = policiesName;
        _read = read;
    }

    /// <summary>Gets the catalog document's name: its file path or manifest resource name.</summary>
    public string CatalogName { get; }

    /// <summary>Gets the policy document's name: its file path or manifest resource name.</summary>
    public string PoliciesName { get; }

    /// <summary>Gets the assembly the documents are embedded in, or <see langword="null"/> when they are files.</summary>
    public Assembly? Assembly { get; private init; }

    /// <summary>Creates a source over two files.</summary>
    /// <param name="catalogPath">The catalog document's path.</param>
    /// <param name="policiesPath">The policy document's path.</param>
    /// <returns>The source; nothing is read until <see cref="Load"/>.</returns>
    /// <exception cref="ArgumentNullException">A path is null.</exception>
    /// <exception cref="ArgumentException">A path is blank.</exception>
    public static DocumentCreditRulesDataSource FromFiles(string catalogPath, string policiesPath) =>
        new(Preconditions.NotBlank(catalogPath), Preconditions.NotBlank(policiesPath), File.ReadAllBytes);

    /// <summary>Creates a source over two resources embedded in an assembly.</summary>
    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="catalogResourceName">The catalog's manifest resource name, such as <c>MyApp.Data.catalog.json</c>.</param>
    /// <param name="policiesResourceName">The policy document's manifest resource name.</param>
    /// <returns>The source; nothing is read until <see cref="Load"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A resource name is blank.</exception>
    public static DocumentCreditRulesDataSource FromEmbeddedResources(Assembly assembly, string catalogResourceName, string policiesResourceName)
    {
        Preconditions.NotNull(assembly);
        return new(Preconditions.NotBlank(catalogResourceName), Preconditions.NotBlank(policiesResourceName), name => ReadResource(assembly, name))
        {
            Assembly = assembly,
        };
    }

    /// <inheritdoc/>
    /// <exception cref="DocumentSetValidationException">A document does not load; the exception lists every error of both documents.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The assembly has no such resource.</exception>
    public CreditRulesData Load()
    {
        var catalogBytes = _read(CatalogName);
        var policyBytes = _read(PoliciesName);
        var catalog = CatalogDocument.Load(catalogBytes, CatalogName);
        var policies = PolicyDocument.Load(policyBytes, PoliciesName);
        var failures = new List<DocumentValidationException>();
        if (!catalog.IsSuccess)
        {
            failures.Add(new DocumentValidationException(CatalogName, catalog.Errors));
        }

        if (!policies.IsSuccess)
        {
            failures.Add(new DocumentValidationException(PoliciesName, policies.Errors));
        }

        if (failures.Count > 0)
        {
            throw new DocumentSetValidationException(failures);
        }

        return new CreditRulesData(catalog.Value, policies.Value, VersionOf(catalogBytes, policyBytes));
    }

    /// <inheritdoc/>
    public override string ToString() => "documents " + CatalogName + " and " + PoliciesName;

    internal static string VersionOf(byte[] catalog, byte[] policies) => Documents.DecisionRecords.DataVersionOf(catalog, policies);

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                "Assembly '" + assembly.GetName().Name + "' has no embedded resource '" + name + "'; it has: "
                + string.Join(", ", assembly.GetManifestResourceNames().Order(StringComparer.Ordinal)) + ".");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
