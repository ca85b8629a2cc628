#!/usr/bin/env bash
# Reproduces the README's Performance table from ONE run on an otherwise idle machine, then regenerates the table
# (between <!-- perf-table:begin --> and <!-- perf-table:end -->) from what this run wrote. Everything lands in
# benchmarks/CreditRules.Benchmarks/results/run/ (emptied first):
#   uptime-start.txt, uptime-end.txt    load average when the run started and ended
#   machine.txt                         uname, cores, CPU, memory, SDK
#   *-report-full-compressed.json, *-report-github.md   the BenchmarkDotNet suite (every class), with its machine header
#   stream-bare-{1,2}.txt, stream-e2e-{1,2}.txt         a generated JSON Lines file (10 M lines; --quick: 1 M): bare
#                                       source-generated deserialise vs the `bulk` pipeline end to end, at 1 and 2 threads,
#                                       each in its own process (peak working set of that process)
#   coldstart-evaluate-{jit,aot}.txt, coldstart-help-jit.txt   eng/coldstart.sh: `creditrules evaluate` for one learner
#                                       (JIT build; NativeAOT publish when clang is installed) and `--help`
#   first-decision.txt                  first-decision.sh: first decision in process after loading the documents (JIT)
# Each harness file ends with one `summary:` line; `CreditRules.Benchmarks --readme-table` reads those and the JSON.
#
# Usage: run-all.sh [--quick] [--no-aot] [--no-readme]
#   --quick      BenchmarkDotNet ShortRun in process (ExploreBenchmarks only at its target size, 2,000 institutions),
#                1 M lines instead of 10 M, 5 fresh processes instead of 10 per cold-start median. The 10 M peak
#                working set row then says "not measured". About 6 minutes on an idle 2-core machine (2026-12-05, NativeAOT publish included).
#   --no-aot     skip the NativeAOT publish and its cold-start row
#   --no-readme  print the table instead of writing it into README.md
# Environment: DATA_DIR (generated files, default /tmp/creditrules-bench), LINES (override the line count),
#   BDN_FILTER (BenchmarkDotNet globs, space-separated, instead of the whole suite: for a trial of this script only).
set -euo pipefail
cd "$(dirname "$0")/../.."
quick=0 aot=1 readme=1
for arg in "$@"; do
  case $arg in
    --quick) quick=1 ;;
    --no-aot) aot=0 ;;
    --no-readme) readme=0 ;;
    *) echo "usage: $0 [--quick] [--no-aot] [--no-readme]" >&2; exit 2 ;;
  esac
done
out=benchmarks/CreditRules.Benchmarks/results/run
data=${DATA_DIR:-/tmp/creditrules-bench}
if [ "$quick" -eq 1 ]; then lines=${LINES:-1000000} runs=5; else lines=${LINES:-10000000} runs=10; fi
started=$(date +%s)
rm -rf "$out" "$data/bdn"
mkdir -p "$out" "$data"
uptime > "$out/uptime-start.txt"
bench() { dotnet benchmarks/CreditRules.Benchmarks/bin/Release/net10.0/CreditRules.Benchmarks.dll "$@"; }
cli() { dotnet src/CreditRules.Cli/bin/Release/net10.0/CreditRules.Cli.dll "$@"; }

echo "== build (Release)"
dotnet build -c Release benchmarks/CreditRules.Benchmarks > /dev/null
dotnet build -c Release src/CreditRules.Cli > /dev/null
{ echo "# machine"; uname -a; nproc; grep -m1 "model name" /proc/cpuinfo || true; free -g | head -2; dotnet --version; } > "$out/machine.txt"

echo "== BenchmarkDotNet suite"
if [ -n "${BDN_FILTER:-}" ]; then
  read -r -a filters <<< "$BDN_FILTER"
  bench --filter "${filters[@]}" --job short --inProcess --exporters json github --artifacts "$data/bdn" > "$out/bdn-console.txt"
elif [ "$quick" -eq 1 ]; then
  # Every class, ExploreBenchmarks only at the size its target is stated for.
  filters=()
  for type in $(bench --list flat | sed -n 's/^CreditRules\.Benchmarks\.\([A-Za-z0-9_]*\)\..*/\1/p' | sort -u); do
    if [ "$type" = ExploreBenchmarks ]; then filters+=("*$type.*Institutions: 2000*"); else filters+=("*$type.*"); fi
  done
  bench --filter "${filters[@]}" --job short --inProcess --exporters json github --artifacts "$data/bdn" > "$out/bdn-console.txt"
else
  bench --filter '*' --launchCount 1 --warmupCount 3 --iterationCount 10 --exporters json github --artifacts "$data/bdn" > "$out/bdn-console.txt"
fi
grep -E "executed benchmarks" "$out/bdn-console.txt" | tail -1
cp "$data"/bdn/results/*-report-full-compressed.json "$data"/bdn/results/*-report-github.md "$out/"

echo "== $lines lines, streamed (each run its own process)"
file="$data/learners-$lines.jsonl"
[ -s "$file" ] || bench --generate "$lines" "$file"
for threads in 1 2; do
  bench --stream-bare "$file" --threads "$threads" | tee "$out/stream-bare-$threads.txt"
  bench --stream-e2e "$file" "$data/decisions.jsonl" --threads "$threads" | tee "$out/stream-e2e-$threads.txt"
  rm -f "$data/decisions.jsonl"
done

echo "== cold start: creditrules evaluate, one learner (fresh processes)"
python3 - "$data/one.json" <<'PY'
import json, sys
document = json.load(open("samples/learners.json"))
document["learners"] = document["learners"][:1]
document.pop("$schema", None)
json.dump(document, open(sys.argv[1], "w"))
PY
eng/coldstart.sh -n "$runs" -- dotnet src/CreditRules.Cli/bin/Release/net10.0/CreditRules.Cli.dll evaluate --learners "$data/one.json" | tee "$out/coldstart-evaluate-jit.txt"
eng/coldstart.sh -n "$runs" -- dotnet src/CreditRules.Cli/bin/Release/net10.0/CreditRules.Cli.dll --help | tee "$out/coldstart-help-jit.txt"
if [ "$aot" -eq 1 ] && command -v clang > /dev/null && [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  dotnet publish src/CreditRules.Cli -c Release -r linux-x64 -o "$data/aot" > "$out/aot-publish.txt"
  eng/coldstart.sh -n "$runs" -- "$data/aot/CreditRules.Cli" evaluate --learners "$data/one.json" | tee "$out/coldstart-evaluate-aot.txt"
else
  echo "(NativeAOT cold start skipped: --no-aot, no clang, or not linux-x64)"
fi

echo "== first decision after loading the documents (JIT, fresh processes)"
cli generate --learners 1 --seed 2013 --out "$data/one.jsonl" > /dev/null
benchmarks/CreditRules.Benchmarks/first-decision.sh -n "$runs" "$data/one.jsonl" | tee "$out/first-decision.txt"

uptime > "$out/uptime-end.txt"
echo "== README table (took $(( ($(date +%s) - started) / 60 )) min)"
if [ "$readme" -eq 1 ]; then
  bench --readme-table "$out" --harness "$out" --readme README.md
else
  bench --readme-table "$out" --harness "$out"
fi
