using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.OpenBadges;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CreditRules.Cli.Commands;

/// <summary>
/// <c>creditrules import-badges &lt;files...&gt; --learner ID --out learners.json</c>: verifies Open Badges 3.0 / CLR 2.0
/// credentials, merges the facts of those not refused into the learner document and reports what each became.
/// </summary>
internal static class ImportBadgesCommand
{
    public static Command Create(IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Credential files: JSON-LD (with or without an embedded proof) or a VC-JWT (compact JWS text).", Arity = ArgumentArity.OneOrMore };
        var learnerOption = new Option<string>("--learner") { Description = "The learner the credentials belong to (an id of the learner document; a new learner is added when absent).", Required = true };
        var outOption = new Option<string>("--out") { Description = "Where to write the learner document with the imported facts merged in.", Required = true };
        var keysOption = new Option<string?>("--keys") { Description = "A JWK Set (JSON) of the issuers' public keys you trust (EC P-256, RSA, OKP Ed25519), found by the JWS kid." };
        var didOption = new Option<string[]>("--trust-did") { Description = "A did:key you trust as an issuer key (repeatable). did:key values are decoded locally; nothing is fetched.", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var emailOption = new Option<string[]>("--email") { Description = "An email of the learner, added to the learner's emails (repeatable); credentials name their recipient by email.", Arity = ArgumentArity.ZeroOrMore };
        var mapOption = new Option<string?>("--map") { Description = "A JSON object mapping achievement ids, alignment targetCodes or targetUrls to catalog course ids, e.g. {\"https://credly.example/badges/precalc\": \"uci-precalculus\"}." };
        var issuersOption = new Option<string?>("--issuers") { Description = "A JSON object of issuer profiles by issuer id: {\"<issuer id>\": {\"evidenceKind\": \"AceTranscriptCredly\", \"official\": true, \"attestsResults\": true}}. Other issuers' credentials become unofficial OpenBadge3/Clr2 evidence only." };
        var acceptUnidentified = new Option<bool>("--accept-unidentified") { Description = "Import (as unverified) credentials that name no email recipient, instead of refusing them." };
        var nowOption = new Option<string?>("--now") { Description = "The instant validity dates are checked against (ISO, e.g. 2014-06-30T12:00:00Z). Default: the system clock." };
        var catalogOption = new Option<string>("--catalog") { Description = "The catalog document (JSON). Default: the bundled samples/catalog.json.", DefaultValueFactory = _ => SampleDocuments.Catalog };
        var learnersOption = new Option<string>("--learners") { Description = "The learner document to merge into. Default: the bundled samples/learners.json.", DefaultValueFactory = _ => SampleDocuments.Learners };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON: one object per credential with status, verification, errors, warnings and achievements." };
        var command = new Command("import-badges", "Verify Open Badges 3.0 and CLR 2.0 credentials (VC-JWT: ES256, RS256, EdDSA against --keys or --trust-did; JSON-LD Data Integrity proofs import as unverified, since no verifier is configured here) and merge the facts into a learner document: evidence documents, and, for issuers whose profile attests results, completions and exam attempts. Prints what each credential became and why any was refused; exits 1 when any was refused (the others are still written). Then run `creditrules evaluate --learners <out>`.")
        {
            files, learnerOption, outOption, keysOption, didOption, emailOption, mapOption, issuersOption, acceptUnidentified, nowOption, catalogOption, learnersOption, json,
        };
        command.SetAction(parse =>
        {
            var options = new BadgeImportOptions { AcceptUnidentifiedRecipients = parse.GetValue(acceptUnidentified) };
            var resolvers = new List<IVerificationKeyResolver>();
            if (parse.GetValue(keysOption) is { } keysFile)
            {
                if (!TryRead(stderr, keysFile, "--keys", bytes => resolvers.Add(JsonWebKeySet.Parse(bytes))))
                {
                    return 2;
                }
            }

            if (parse.GetValue(didOption) is { Length: > 0 } dids)
            {
                resolvers.Add(new DidKeyResolver(dids));
            }

            options.KeyResolver = CallbackKeyResolver.FirstOf([.. resolvers]);
            if (parse.GetValue(mapOption) is { } mapFile && !TryRead(stderr, mapFile, "--map", bytes => ReadMap(bytes, options)))
            {
                return 2;
            }

            if (parse.GetValue(issuersOption) is { } issuersFile && !TryRead(stderr, issuersFile, "--issuers", bytes => ReadIssuers(bytes, options)))
            {
                return 2;
            }

            IClock clock = SystemClock.Instance;
            if (parse.GetValue(nowOption) is { } nowText)
            {
                var parsed = InstantPattern.ExtendedIso.Parse(nowText);
                if (!parsed.Success)
                {
                    stderr.WriteLine("--now: '" + nowText + "' is not an ISO instant such as 2014-06-30T12:00:00Z.");
                    return 2;
                }

                clock = new FixedClock(parsed.Value);
            }

            if (!DocumentLoader.TryLoad(stderr, parse.GetValue(catalogOption)!, CatalogDocument.LoadFile, out var catalog)
                || !DocumentLoader.TryLoad(stderr, parse.GetValue(learnersOption)!, path => LearnerDocument.LoadFile(path, catalog, null), out var learners))
            {
                return 2;
            }

            var paths = parse.GetValue(files)!;
            var missing = paths.Where(p => !File.Exists(p)).ToArray();
            foreach (var path in missing)
            {
                stderr.WriteLine(path + ": no such file.");
            }

            if (missing.Length > 0)
            {
                return 2;
            }

            BadgeImporter importer;
            LearnerRecord learner;
            try
            {
                importer = new BadgeImporter(catalog, options, clock);
                var id = parse.GetValue(learnerOption)!;
                var existing = learners.GetLearnerOrNull(id) ?? new LearnerRecord(id);
                learner = new LearnerRecord(existing.LearnerId, existing.IsVeteran, existing.ProgramEnrollments, existing.CourseEnrollments, existing.Completions,
                    existing.IdentityVerifications, existing.ExamAttempts, existing.Fees, existing.Evidence, existing.PriorCredits,
                    [.. existing.Emails, .. parse.GetValue(emailOption) ?? []], existing.Exceptions, existing.PostingFeePayments);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine(e.Message);
                return 2;
            }

            var result = importer.Import(learner, paths.Select(p => new CredentialFile(p, File.ReadAllBytes(p))));
            var merged = learners.Learners.Any(l => l.LearnerId == learner.LearnerId)
                ? learners.Learners.Select(l => l.LearnerId == learner.LearnerId ? result.Learner : l)
                : [.. learners.Learners, result.Learner];
            var outFile = parse.GetValue(outOption)!;
            File.WriteAllText(outFile, LearnerDocument.Write(new LearnerSet(merged, learners.Claims, learners.AsOf)));
            if (parse.GetValue(json))
            {
                WriteJson(stdout, result);
            }
            else
            {
                WriteText(stdout, result);
                console.MarkupLine((result.RefusedCount > 0 ? "[red]" : "[green]") + Markup.Escape(Summary(result, learner, outFile)) + "[/]");
            }

            return result.RefusedCount > 0 ? 1 : 0;
        });
        return command;
    }

    private static string Summary(BadgeImportResult result, LearnerRecord before, string outFile)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var verified = result.Credentials.Count(c => c.Status == CredentialImportStatus.Verified);
        var unverified = result.Credentials.Count(c => c.Status == CredentialImportStatus.Unverified);
        return N(result.Credentials.Count) + " credential(s): " + N(verified) + " verified, " + N(unverified) + " unverified, " + N(result.RefusedCount) + " refused; learner '"
            + result.Learner.LearnerId + "' written to " + outFile + " (+" + N(result.Learner.Evidence.Count - before.Evidence.Count) + " evidence, +"
            + N(result.Learner.ExamAttempts.Count - before.ExamAttempts.Count) + " exam attempts, +" + N(result.Learner.Completions.Count - before.Completions.Count) + " completions).";
    }

    private static void WriteText(TextWriter stdout, BadgeImportResult result)
    {
        foreach (var c in result.Credentials)
        {
            stdout.WriteLine(c.Source + ": " + (c.Status == CredentialImportStatus.Refused ? "REFUSED" : c.Status.ToString()) + " ("
                + c.Format + (c.CredentialType is null ? string.Empty : ", " + c.CredentialType) + (c.CredentialId is null ? string.Empty : ", " + c.CredentialId) + ")");
            stdout.WriteLine("  verification: " + c.Verification);
            foreach (var a in c.Achievements)
            {
                stdout.WriteLine("  achievement '" + (a.Name ?? a.AchievementId) + "' -> " + (a.CourseId is null ? "no course" : "course " + a.CourseId + " (" + a.MatchedBy + ")"));
                if (a.Evidence is { } e)
                {
                    stdout.WriteLine("    evidence: " + e.Kind + " issued " + LocalDatePattern.Iso.Format(e.IssuedOn) + (e.IsOfficial ? ", official" : ", not official") + (e.IsVerified ? ", verified" : ", unverified"));
                }

                if (a.Completion is { } done)
                {
                    stdout.WriteLine("    completion: session " + done.SessionId + " completed " + LocalDatePattern.Iso.Format(done.RecordedOn));
                }

                if (a.Exam is { } exam)
                {
                    stdout.WriteLine("    exam: " + exam.Outcome + " " + exam.Score + " at " + InstantPattern.ExtendedIso.Format(exam.StartedAt));
                }
            }

            foreach (var error in c.Errors)
            {
                stdout.WriteLine("  error: " + error);
            }

            foreach (var warning in c.Warnings)
            {
                stdout.WriteLine("  warning: " + warning);
            }
        }
    }

    private static void WriteJson(TextWriter stdout, BadgeImportResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("learnerId", result.Learner.LearnerId);
            writer.WriteStartArray("credentials");
            foreach (var c in result.Credentials)
            {
                writer.WriteStartObject();
                writer.WriteString("source", c.Source);
                writer.WriteString("status", c.Status.ToString());
                writer.WriteString("format", c.Format.ToString());
                writer.WriteString("type", c.CredentialType);
                writer.WriteString("id", c.CredentialId);
                writer.WriteString("issuer", c.IssuerId);
                writer.WriteString("verification", c.Verification);
                WriteIssues(writer, "errors", c.Errors);
                WriteIssues(writer, "warnings", c.Warnings);
                writer.WriteStartArray("achievements");
                foreach (var a in c.Achievements)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", a.AchievementId);
                    writer.WriteString("name", a.Name);
                    writer.WriteString("courseId", a.CourseId);
                    writer.WriteString("matchedBy", a.MatchedBy);
                    writer.WriteBoolean("evidence", a.Evidence is not null);
                    writer.WriteBoolean("completion", a.Completion is not null);
                    writer.WriteString("exam", a.Exam is { } exam ? exam.Outcome + " " + exam.Score : null);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteIssues(Utf8JsonWriter writer, string name, IReadOnlyList<BadgeIssue> issues)
    {
        writer.WriteStartArray(name);
        foreach (var issue in issues)
        {
            writer.WriteStartObject();
            writer.WriteString("code", issue.Code.ToString());
            writer.WriteString("path", issue.Path);
            writer.WriteString("attemptedValue", issue.AttemptedValue);
            writer.WriteString("message", issue.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static bool TryRead(TextWriter stderr, string file, string option, Action<byte[]> read)
    {
        if (!File.Exists(file))
        {
            stderr.WriteLine(option + ": " + file + ": no such file.");
            return false;
        }

        try
        {
            read(File.ReadAllBytes(file));
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            stderr.WriteLine(option + ": " + file + ": " + e.Message);
            return false;
        }
    }

    private static void ReadMap(byte[] bytes, BadgeImportOptions options)
    {
        using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 4 });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("$: expected an object mapping achievement ids, targetCodes or targetUrls to course ids.");
        }

        foreach (var entry in document.RootElement.EnumerateObject())
        {
            options.CourseMappings[entry.Name] = entry.Value.ValueKind == JsonValueKind.String
                ? entry.Value.GetString()!
                : throw new FormatException("$['" + entry.Name + "'] (" + entry.Value.GetRawText() + "): expected a course id string.");
        }
    }

    private static void ReadIssuers(byte[] bytes, BadgeImportOptions options)
    {
        using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 4 });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("$: expected an object of issuer profiles by issuer id.");
        }

        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var path = "$['" + entry.Name + "']";
            var kindText = entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("evidenceKind", out var k) ? k.GetString() : null;
            if (!Enum.TryParse<EvidenceKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
            {
                throw new FormatException(path + ".evidenceKind ('" + kindText + "'): expected one of " + string.Join(", ", Enum.GetNames<EvidenceKind>()) + ".");
            }

            options.Issuers[entry.Name] = new IssuerProfile(kind, Flag(entry.Value, "official", path), Flag(entry.Value, "attestsResults", path));
        }
    }

    private static bool Flag(JsonElement profile, string name, string path) => !profile.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.False
        ? false
        : value.ValueKind is JsonValueKind.True ? true : throw new FormatException(path + "." + name + " (" + value.GetRawText() + "): expected true or false.");

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
