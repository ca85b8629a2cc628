namespace CreditRules.Cli.Commands;

/// <summary>The bundled sample documents (samples/*.json), copied next to the CLI at build time.</summary>
internal static class SampleDocuments
{
    /// <summary>The as-of date used when neither --as-of nor the learner document names one.</summary>
    public static readonly NodaTime.LocalDate FallbackAsOf = new(2014, 6, 30);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Catalog => Path.Combine(Folder, "catalog.json");

    public static string Policies => Path.Combine(Folder, "policies.json");

    public static string Learners => Path.Combine(Folder, "learners.json");
}
