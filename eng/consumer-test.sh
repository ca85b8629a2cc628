#!/usr/bin/env bash
# Consumer test: proves the packages work for someone who has only the packages.
#  1. packs CreditRules, the CreditRules.Cli tool and the CreditRules.Testing kit into a local folder feed (artifacts/feed);
#  2. creates a throwaway console project in a temp dir that references ONLY the CreditRules package (no project
#     reference), registers it with AddCreditRules on a real ServiceCollection, evaluates one learner built in C# and
#     checks the decision (exits non-zero if wrong);
#  3. creates a second throwaway console project that references ONLY the CreditRules.OpenBadges package, signs an Open
#     Badges 3.0 credential as an ES256 VC-JWT, imports it (verified) and checks that a tampered copy is refused;
#  4. installs the tool from the feed with `dotnet tool install --tool-path` (NativeAOT on linux-x64) and runs `creditrules evaluate`;
#  5. builds the ASP.NET Core sample (samples/WebApi/Program.cs) against the packed CreditRules.Extensions.Hosting, starts
#     it, POSTs a learner and checks the decision JSON, then starts it with bad data paths and checks it stops at start
#     listing every invalid setting;
#  6. publishes a console consumer with NativeAOT (Host + AddCreditRules + DecisionDocument) and fails on any trimming/AOT
#     warning that names a CreditRules assembly, then runs the native binary;
#  7. builds and runs the console consumer of step 2 on net8.0 (self-contained linux-x64: the 8.0 runtime pack restores
#     even where only the .NET 10 runtime is installed).
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
# The tool is a RID-specific tool package (see its csproj): the pointer package, the framework-dependent `any` package,
# and a NativeAOT package for this machine's RID when it is linux-x64 (a native package builds only on its own platform;
# always built here, since --no-build has no native publish to pack).
dotnet pack src/CreditRules.Cli/CreditRules.Cli.csproj "${pack_args[@]}" > /dev/null
dotnet pack src/CreditRules.Cli/CreditRules.Cli.csproj -c Release -o "$feed" -r any > /dev/null
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  dotnet pack src/CreditRules.Cli/CreditRules.Cli.csproj -c Release -o "$feed" -r linux-x64 > /dev/null
fi
dotnet pack src/CreditRules.Testing/CreditRules.Testing.csproj "${pack_args[@]}" > /dev/null
dotnet pack src/CreditRules.OpenBadges/CreditRules.OpenBadges.csproj "${pack_args[@]}" > /dev/null
dotnet pack src/CreditRules.Extensions.Hosting/CreditRules.Extensions.Hosting.csproj "${pack_args[@]}" > /dev/null
ls "$feed"
version=$(ls "$feed" | sed -n 's/^CreditRules\.\([0-9][^a-zA-Z]*[0-9]\(-[0-9A-Za-z.]*\)\?\)\.nupkg$/\1/p' | head -1)
[ -n "$version" ] || { echo "no CreditRules package in $feed"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/creditrules-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A private package cache: a stale CreditRules $version from an earlier run must never stand in for this build.
export NUGET_PACKAGES="$work/packages"

# Writes a throwaway consumer project: $1 the path, $2 the SDK, $3 extra <PropertyGroup> lines (or ""), then one
# Package@Version per package reference. Every consumer is a net10.0 executable with nullable and implicit usings that
# opts out of this repository's central package management.
write_consumer_csproj() {
  local path=$1 sdk=$2 properties=$3 reference
  shift 3
  {
    printf '<Project Sdk="%s">\n  <PropertyGroup>\n' "$sdk"
    printf '    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n'
    printf '    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>\n'
    printf '    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n'
    [ -z "$properties" ] || printf '%s\n' "$properties"
    printf '  </PropertyGroup>\n  <ItemGroup>\n'
    for reference in "$@"; do
      printf '    <PackageReference Include="%s" Version="%s" />\n' "${reference%@*}" "${reference#*@}"
    done
    printf '  </ItemGroup>\n</Project>\n'
  } > "$path"
}
strict='    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>'

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

write_consumer_csproj "$work/app/Consumer.csproj" Microsoft.NET.Sdk "$strict" "CreditRules@$version" "Microsoft.Extensions.DependencyInjection@8.0.1"

cat > "$work/app/Program.cs" <<'CS'
using CreditRules.DependencyInjection;
using CreditRules.Domain;
using CreditRules.Engine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Illustrative data, built in C# with the package's builders: one ACE-recommended course (3 SH, lower division) and one
// institution; the learner with the positional constructors, so both forms stay compiled against the package.
var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
Instant At(int y, int mo, int d) => new LocalDateTime(y, mo, d, 10, 0).InZoneStrictly(newYork).ToInstant();
var catalog = new CatalogBuilder()
    .Evaluator("ace", "American Council on Education", newYork)
    .Provider("coursera", "Coursera")
    .Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine")
    .Session("uci-precalculus-2013s", "uci-precalculus", new DateRange(new(2013, 3, 4), new(2013, 5, 12)), At(2013, 3, 24))
    .Recommendation("ACE-COUR-0001", "ace", "uci-precalculus", new DateRange(new(2013, 2, 1), new(2016, 1, 31)),
        CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, new SubjectArea("mathematics", "Mathematics"), Score.Percent(60))
    .Build();
var policies = new PolicySetBuilder()
    .Institution("eastern-state", "Eastern State College", CreditUnit.SemesterHour, newYork, institution => institution
        .Policy("eastern-2013", policy => policy.AcceptsEvaluators("ace").AcceptsLevels(CreditLevel.LowerDivision))
        .Program("aa-general", "Associate in Arts"))
    .Build();
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

Console.WriteLine($"consumer: {decision} on data {decision.DataVersion} ({evaluator.GetType().FullName}) on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
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
write_consumer_csproj "$work/badges-app/BadgesConsumer.csproj" Microsoft.NET.Sdk "$strict" "CreditRules.OpenBadges@$version"
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
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  # On linux-x64 the installed command is the NativeAOT executable from CreditRules.Cli.linux-x64, not a shim that starts the runtime.
  native=$(readlink -f "$work/tools/creditrules")
  case "$native" in
    */creditrules.cli.linux-x64/*) [ ! -e "$(dirname "$native")/CreditRules.Cli.dll" ] || { echo "the linux-x64 tool package holds managed code, not the NativeAOT executable"; exit 1; } ;;
    *) echo "creditrules installed $native, not the NativeAOT package CreditRules.Cli.linux-x64"; exit 1 ;;
  esac
  echo "creditrules: NativeAOT executable from CreditRules.Cli.linux-x64"
fi
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

echo "== consumer: the ASP.NET Core sample built from the packed CreditRules.Extensions.Hosting $version"
mkdir -p "$work/web"
cp "$work/app/nuget.config" "$work/web/"
cp samples/WebApi/Program.cs samples/WebApi/appsettings.json "$work/web/"
write_consumer_csproj "$work/web/Web.csproj" Microsoft.NET.Sdk.Web "$strict
    <InvariantGlobalization>true</InvariantGlobalization>" "CreditRules.Extensions.Hosting@$version"
(cd "$work/web" && dotnet build -c Release -o "$work/web/out" > "$work/web-build.txt" 2>&1) || { cat "$work/web-build.txt"; echo "sample web app did not build from the packages"; exit 1; }
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1]); s.close()")
(cd "$work/web/out" && CreditRules__CatalogPath="$repo/samples/catalog.json" CreditRules__PoliciesPath="$repo/samples/policies.json" \
  exec dotnet Web.dll --urls "http://127.0.0.1:$port" > "$work/web-run.txt" 2>&1) &
web_pid=$!
python3 - "$port" "$repo/samples/learners.json" <<'PY' || { kill "$web_pid" 2>/dev/null; cat "$work/web-run.txt"; echo "sample web app FAILED"; exit 1; }
import json, sys, time, urllib.request, urllib.error
port, learners = sys.argv[1], sys.argv[2]
base = "http://127.0.0.1:%s" % port
for _ in range(120):
    try:
        health = json.load(urllib.request.urlopen(base + "/health", timeout=2)); break
    except (urllib.error.URLError, ConnectionError, OSError):
        time.sleep(0.5)
else:
    sys.exit("the sample web app did not answer /health")
assert health["status"] == "Healthy", health
ada = next(l for l in json.load(open(learners))["learners"] if l["id"] == "ada")
request = urllib.request.Request(base + "/decisions?asOf=2014-06-30", data=json.dumps(ada).encode(), headers={"Content-Type": "application/json"})
response = urllib.request.urlopen(request, timeout=10)
assert response.headers.get_content_type() == "application/json", response.headers
decisions = json.load(response)
d = decisions[0]
assert len(decisions) == 1 and d["learnerId"] == "ada" and d["outcome"] == "Eligible", d
assert d["creditsGranted"]["text"] == "3 SH" and d["qualifyingDate"] == "2013-05-20" and d["dataVersion"] == health["creditrules"]["dataVersion"], d
bad = dict(ada, claims=[dict(ada["claims"][0], institutionId="atlantis")])
try:
    urllib.request.urlopen(urllib.request.Request(base + "/decisions?asOf=2014-06-30", data=json.dumps(bad).encode(), headers={"Content-Type": "application/json"}), timeout=10)
    sys.exit("a learner naming an unknown institution was accepted")
except urllib.error.HTTPError as e:
    problem = json.load(e)
    assert e.code == 400 and e.headers.get_content_type() == "application/problem+json", (e.code, e.headers)
    assert "$.claims[0].institutionId" in problem["errors"], problem
print("web sample: POST ada ->", d["outcome"], d["creditsGranted"]["text"], "on data", d["dataVersion"], "; unknown institution -> 400 ProblemDetails")
print(json.dumps(d, indent=2))
PY
kill "$web_pid"; wait "$web_pid" 2>/dev/null || true
echo "== consumer: the sample with bad data paths stops at start, listing every invalid setting"
set +e
(cd "$work/web/out" && CreditRules__CatalogPath=/no/such/catalog.json CreditRules__PoliciesPath=/no/such/policies.json CreditRules__ReloadDebounce=soon \
  timeout 120 dotnet Web.dll --urls "http://127.0.0.1:0" > "$work/web-bad.txt" 2>&1)
bad_status=$?
set -e
[ "$bad_status" -ne 0 ] && [ "$bad_status" -ne 124 ] || { cat "$work/web-bad.txt"; echo "the sample started (or hung) with bad data paths (exit $bad_status)"; exit 1; }
for expected in "CreditRules:ReloadDebounce: 'soon' is not a time span such as 00:00:02." \
                "CatalogPath: file '/no/such/catalog.json' does not exist." \
                "PoliciesPath: file '/no/such/policies.json' does not exist."; do
  grep -qF "$expected" "$work/web-bad.txt" || { cat "$work/web-bad.txt"; echo "start-up failure did not list: $expected"; exit 1; }
done
grep -m1 "OptionsValidationException" "$work/web-bad.txt"
echo "web sample with bad data paths: exit $bad_status at start, every invalid setting listed"

echo "== consumer: NativeAOT publish of a console consumer (Host + AddCreditRules + DecisionDocument)"
if ! command -v clang > /dev/null; then
  echo "NativeAOT needs clang as its linker on Linux and this machine has none (apt-get install clang zlib1g-dev)"; exit 1
fi
mkdir -p "$work/aot"
cp "$work/app/nuget.config" "$work/aot/"
write_consumer_csproj "$work/aot/Aot.csproj" Microsoft.NET.Sdk "    <PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
    <!-- Report every trimming/AOT warning per assembly, so ours can be told from others'. -->
    <TrimmerSingleWarn>false</TrimmerSingleWarn>" "CreditRules.Extensions.Hosting@$version" "Microsoft.Extensions.Hosting@8.0.1"
cat > "$work/aot/Program.cs" <<'CS'
using CreditRules.DependencyInjection;
using CreditRules.Documents;
using CreditRules.Engine;
using CreditRules.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

// args: <samples directory>
var samples = args[0];
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = samples });
builder.AddCreditRules().Configure(o => { o.CatalogPath = "catalog.json"; o.PoliciesPath = "policies.json"; });
using var host = builder.Build();
await host.StartAsync();
var evaluator = host.Services.GetRequiredService<CreditRulesEvaluator>();
var body = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(samples, "learners.json"))).RootElement.GetProperty("learners")[0].GetRawText();
var read = LearnerDocument.ReadLearner(System.Text.Encoding.UTF8.GetBytes(body), null, null);
var claim = read.Value.Claims[0];
var decision = evaluator.Evaluate(new EvaluationRequest(read.Value.Learners[0], claim.CourseId, claim.InstitutionId, claim.ProgramId, new LocalDate(2014, 6, 30)));
var json = DecisionDocument.ToJson(decision);
var back = DecisionDocument.ReadDecision(System.Text.Encoding.UTF8.GetBytes(json));
await host.StopAsync();
Console.WriteLine("aot: " + json);
var ok = back.Outcome == "Eligible" && back.CreditsGranted.Text == "3 SH" && back.DataVersion == evaluator.DataVersion;
Console.WriteLine(ok ? "aot: decision as expected" : "aot: WRONG decision");
return ok ? 0 : 1;
CS
(cd "$work/aot" && dotnet publish -c Release -r linux-x64 -o "$work/aot/out" > "$work/aot-publish.txt" 2>&1) || { tail -40 "$work/aot-publish.txt"; echo "NativeAOT publish FAILED"; exit 1; }
# Any IL2xxx/IL3xxx trimming or AOT warning that names one of our assemblies fails the test; others' are listed, not judged.
if grep -E "warning IL[23][0-9]{3}" "$work/aot-publish.txt" | grep -q "CreditRules"; then
  grep -E "warning IL[23][0-9]{3}" "$work/aot-publish.txt" | grep "CreditRules" | sort -u; echo "NativeAOT publish warned about our packages"; exit 1
fi
echo "NativeAOT warnings naming CreditRules: 0; other trimming/AOT warnings: $(grep -E "warning IL[23][0-9]{3}" "$work/aot-publish.txt" | sort -u | wc -l)"
"$work/aot/out/Aot" "$repo/samples" | tee "$work/aot.txt"
grep -q "^aot: decision as expected$" "$work/aot.txt" || { echo "NativeAOT consumer FAILED"; exit 1; }
file "$work/aot/out/Aot" 2>/dev/null | cut -c1-120 || true

echo "== consumer: the console consumer on net8.0 (self-contained linux-x64)"
mkdir -p "$work/app8"
cp "$work/app/nuget.config" "$work/app/Program.cs" "$work/app8/"
sed -e 's|<TargetFramework>net10.0</TargetFramework>|<TargetFramework>net8.0</TargetFramework><RuntimeIdentifier>linux-x64</RuntimeIdentifier><SelfContained>true</SelfContained>|' \
  "$work/app/Consumer.csproj" > "$work/app8/Consumer.csproj"
grep -q "<TargetFramework>net8.0</TargetFramework>" "$work/app8/Consumer.csproj"
(cd "$work/app8" && dotnet build -c Release -o "$work/app8/out" > "$work/app8-build.txt" 2>&1) || { tail -30 "$work/app8-build.txt"; echo "net8.0 consumer did not build"; exit 1; }
"$work/app8/out/Consumer" | tee "$work/consumer8.txt"
grep -q "^consumer: decision as expected$" "$work/consumer8.txt" || { echo "net8.0 consumer FAILED"; exit 1; }
grep -q "on .NET 8\.0\." "$work/consumer8.txt" || { echo "the net8.0 consumer did not run on .NET 8.0"; exit 1; }

echo "consumer test passed: packages CreditRules, CreditRules.OpenBadges and CreditRules.Extensions.Hosting $version and tool CreditRules.Cli $version work from $feed; the ASP.NET Core sample, a NativeAOT console and a net8.0 consumer work from the packages"
