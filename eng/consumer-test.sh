#!/usr/bin/env bash
# Consumer test: proves the packages work for someone who has only the packages.
#  1. packs CreditRules, the CreditRules.Cli tool and the CreditRules.Testing kit into a local folder feed (artifacts/feed);
#  2. creates a throwaway console project in a temp dir that references ONLY the CreditRules package (no project
#     reference), registers it with AddCreditRules on a real ServiceCollection, evaluates one learner built in C# and
#     checks the decision (exits non-zero if wrong);
#  3. creates a second throwaway console project that references ONLY the CreditRules.OpenBadges package, signs an Open
#     Badges 3.0 credential as an ES256 VC-JWT, imports it (verified) and checks that a tampered copy is refused;
#  4. installs the tool from the feed with `dotnet tool install --tool-path` and runs `creditrules evaluate`.
# Usage: eng/consumer-test.sh [--no-build]   (CI passes --no-build after its Release build)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
repo=$(pwd)
feed="$repo/artifacts/feed"
pack_args=(-c Release -o "$feed")
if [ "${1:-}" = "--no-build" ]; then pack_args+=(--no-build); fi

echo "== consumer: pack into $feed"
rm -rf "$feed"
dotnet pack src/CreditRules/CreditRules.csproj "${pack_args[@]}" > /dev/null
dotnet pack src/CreditRules.Cli/CreditRules.Cli.csproj "${pack_args[@]}" > /dev/null
dotnet pack src/CreditRules.Testing/CreditRules.Testing.csproj "${pack_args[@]}" > /dev/null
dotnet pack src/CreditRules.OpenBadges/CreditRules.OpenBadges.csproj "${pack_args[@]}" > /dev/null
ls "$feed"
version=$(ls "$feed" | sed -n 's/^CreditRules\.\([0-9][^a-zA-Z]*[0-9]\(-[0-9A-Za-z.]*\)\?\)\.nupkg$/\1/p' | head -1)
[ -n "$version" ] || { echo "no CreditRules package in $feed"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/creditrules-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A private package cache: a stale CreditRules $version from an earlier run must never stand in for this build.
export NUGET_PACKAGES="$work/packages"

mkdir -p "$work/app"
# The consumer's own nuget.config: CreditRules* only from the local feed, everything else from nuget.org.
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="CreditRules" />
      <package pattern="CreditRules.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

cat > "$work/app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="CreditRules" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="8.0.1" />
  </ItemGroup>
</Project>
XML

cat > "$work/app/Program.cs" <<'CS'
using CreditRules.DependencyInjection;
using CreditRules.Domain;
using CreditRules.Engine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Illustrative data, built in C#: one ACE-recommended course (3 SH, lower division) and one institution.
var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
Instant At(int y, int mo, int d) => new LocalDateTime(y, mo, d, 10, 0).InZoneStrictly(newYork).ToInstant();
var catalog = new Catalog(
    [new Evaluator("ace", "American Council on Education", newYork)],
    [new Provider("coursera", "Coursera")],
    [new Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine")],
    [new CourseSession("uci-precalculus-2013s", "uci-precalculus", new DateRange(new(2013, 3, 4), new(2013, 5, 12)), At(2013, 3, 24))],
    [new CreditRecommendation("ACE-COUR-0001", "ace", "uci-precalculus",
        [new RecommendationVersion(1, new DateRange(new(2013, 2, 1), new(2016, 1, 31)),
            [new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], [new SubjectArea("mathematics", "Mathematics")])],
            Score.Percent(60))])]);
var policies = new PolicySet(
[
    new Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, newYork,
        [new InstitutionPolicy("eastern-2013", acceptedEvaluators: ["ace"], acceptedLevels: [CreditLevel.LowerDivision])],
        [new DegreeProgram("aa-general", "Associate in Arts")]),
]);
var learner = new LearnerRecord(
    "ada",
    courseEnrollments: [new CourseEnrollment("uci-precalculus-2013s", EnrollmentTrack.Verified, At(2013, 3, 8))],
    completions: [new CourseCompletion("uci-precalculus-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
    identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(2013, 3, 10))],
    examAttempts: [new ExamAttempt("uci-precalculus", At(2013, 5, 20), newYork, ExamOutcome.Passed, Score.Percent(84))],
    fees:
    [
        new FeeObligation("uci-precalculus", FeeKind.VerifiedTrack, Money.Usd(49), FeeStatus.Paid, new LocalDate(2013, 3, 10)),
        new FeeObligation("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, new LocalDate(2013, 5, 1)),
    ]);

var services = new ServiceCollection();
services.AddCreditRules(options => options.UseData(catalog, policies, version: "consumer-1"));
using var provider = services.BuildServiceProvider();
var evaluator = provider.GetRequiredService<IEligibilityEvaluator>();
var decision = evaluator.Evaluate(new EvaluationRequest(learner, "uci-precalculus", "eastern-state", "aa-general", new LocalDate(2014, 6, 30)));

Console.WriteLine($"consumer: {decision} on data {decision.DataVersion} ({evaluator.GetType().FullName})");
foreach (var reason in decision.Reasons)
{
    Console.WriteLine($"consumer:   {reason}");
}

var ok = decision.Outcome == DecisionOutcome.Eligible
    && decision.CreditsGranted.ToString() == "3 SH"
    && decision.DataVersion == "consumer-1"
    && evaluator is CreditRulesEvaluator;
Console.WriteLine(ok ? "consumer: decision as expected" : "consumer: WRONG decision");
return ok ? 0 : 1;
CS

echo "== consumer: restore, build and run a console app that references only the CreditRules $version package"
(cd "$work/app" && dotnet run 2>&1 | tee "$work/consumer.txt")
grep -q "^consumer: decision as expected$" "$work/consumer.txt" || { echo "consumer test FAILED"; exit 1; }

echo "== consumer: a console app that references only the CreditRules.OpenBadges $version package imports a signed credential"
mkdir -p "$work/badges-app"
cp "$work/app/nuget.config" "$work/badges-app/nuget.config"
cat > "$work/badges-app/BadgesConsumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="CreditRules.OpenBadges" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/badges-app/Program.cs" <<'CS'
using System.Security.Cryptography;
using System.Text;
using CreditRules.Domain;
using CreditRules.OpenBadges;
using NodaTime;

// Illustrative data: one ACE-recommended course, a learner with an email, and an issuer key made here.
var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
var catalog = new Catalog(
    [new Evaluator("ace", "American Council on Education", newYork)],
    [new Provider("coursera", "Coursera")],
    [new Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine")],
    [new CourseSession("uci-precalculus-2013s", "uci-precalculus", new DateRange(new(2013, 3, 4), new(2013, 5, 12)), Instant.FromUtc(2013, 3, 24, 16, 0))],
    [new CreditRecommendation("ACE-COUR-0001", "ace", "uci-precalculus",
        [new RecommendationVersion(1, new DateRange(new(2013, 2, 1), new(2016, 1, 31)),
            [new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], [new SubjectArea("mathematics", "Mathematics")])],
            Score.Percent(60))])]);
var learner = new LearnerRecord("ada", emails: ["ada@example.edu"]);
using var issuerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
const string Issuer = "https://credly.example/issuers/ace";
var payload = """
{"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
 "id":"urn:uuid:consumer-1","type":["VerifiableCredential","OpenBadgeCredential"],
 "issuer":{"id":"https://credly.example/issuers/ace","type":["Profile"],"name":"ACE via Credly"},
 "validFrom":"2013-06-15T12:00:00Z","name":"Pre-Calculus",
 "credentialSubject":{"type":["AchievementSubject"],
   "identifier":[{"type":"IdentityObject","identityType":"emailAddress","hashed":false,"identityHash":"ada@example.edu"}],
   "achievement":{"id":"https://credly.example/achievements/1","type":["Achievement"],"name":"Pre-Calculus",
     "criteria":{"narrative":"Passed the proctored exam."},"alignment":[{"type":["Alignment"],"targetCode":"ACE-COUR-0001"}]}},
 "iss":"https://credly.example/issuers/ace","jti":"urn:uuid:consumer-1","nbf":1371297600}
""";
static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
var input = B64(Encoding.UTF8.GetBytes("""{"alg":"ES256","kid":"k1","typ":"JWT"}""")) + "." + B64(Encoding.UTF8.GetBytes(payload));
var jwt = input + "." + B64(issuerKey.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
var tampered = input.Split('.')[0] + "." + B64(Encoding.UTF8.GetBytes(payload.Replace("ACE-COUR-0001", "ACE-COUR-0002"))) + "." + jwt.Split('.')[2];

var options = new BadgeImportOptions { KeyResolver = new CallbackKeyResolver(r => r.KeyId == "k1" ? VerificationKey.FromP256(issuerKey.ExportParameters(false), "k1") : null) };
options.Issuers[Issuer] = new IssuerProfile(EvidenceKind.AceTranscriptCredly, isOfficial: true, attestsResults: false);
var importer = new BadgeImporter(catalog, options, SystemClock.Instance);
var result = importer.Import(learner, [new CredentialFile("good.jwt", Encoding.UTF8.GetBytes(jwt)), new CredentialFile("tampered.jwt", Encoding.UTF8.GetBytes(tampered))]);
foreach (var report in result.Credentials)
{
    Console.WriteLine($"consumer: {report.Source}: {report.Status} ({report.Verification}) {string.Join("; ", report.Errors)}");
}

var evidence = result.Learner.Evidence.SingleOrDefault();
var ok = result.Credentials[0].Status == CredentialImportStatus.Verified
    && result.Credentials[1].Status == CredentialImportStatus.Refused
    && result.Credentials[1].Errors.Single().Code == BadgeIssueCode.SignatureInvalid
    && evidence is { Kind: EvidenceKind.AceTranscriptCredly, IsOfficial: true, IsVerified: true, CourseId: "uci-precalculus" };
Console.WriteLine(ok ? "consumer: badges imported as expected" : "consumer: WRONG import");
return ok ? 0 : 1;
CS
(cd "$work/badges-app" && dotnet run 2>&1 | tee "$work/badges.txt")
grep -q "^consumer: badges imported as expected$" "$work/badges.txt" || { echo "Open Badges consumer test FAILED"; exit 1; }

echo "== consumer: install the creditrules tool from the feed and run it"
# --add-source cannot be combined with package source mapping, so the tool installs from a directory whose
# nuget.config has no mapping; the private package cache still keeps stale builds out.
mkdir -p "$work/tool-install"
cat > "$work/tool-install/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
(cd "$work/tool-install" && dotnet tool install --tool-path "$work/tools" --add-source "$feed" --version "$version" CreditRules.Cli)
"$work/tools/creditrules" evaluate > "$work/tool.txt"
for outcome in Eligible NotEligible Incomplete; do
  grep -q "^  $outcome " "$work/tool.txt" || { echo "creditrules evaluate printed no $outcome decision"; exit 1; }
done
"$work/tools/creditrules" evaluate --json | python3 -c "import json,sys; d=json.load(sys.stdin); assert len(d)>0; print('creditrules evaluate --json:', len(d), 'decisions')"
"$work/tools/creditrules" generate --learners 50 --seed 1 --out "$work/learners.jsonl" > /dev/null
"$work/tools/creditrules" bulk "$work/learners.jsonl" --json --html "$work/summary.html" > /dev/null
grep -q 'data-chart="chart-outcomes"' "$work/summary.html" || { echo "creditrules bulk --html wrote no outcome chart"; exit 1; }
echo "creditrules bulk --html: summary with its SVG charts written"
tail -n 8 "$work/tool.txt"
echo "consumer test passed: packages CreditRules and CreditRules.OpenBadges $version and tool CreditRules.Cli $version work from $feed"
