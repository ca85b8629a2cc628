#!/usr/bin/env bash
# Reproduces the README's Performance table on an otherwise idle machine, writing everything to results/:
# the BenchmarkDotNet suite (reports with their machine header), the 10-million-line JSON Lines run (bare System.Text.Json
# deserialisation vs end to end, each in its own process for a clean peak working set), the cold start (fresh processes,
# JIT and ReadyToRun), and `creditrules bulk` over a generated file of 1 million learners.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=benchmarks/CreditRules.Benchmarks/results
lines=${LINES_10M:-10000000}
data=${DATA_DIR:-/tmp/creditrules-bench}
mkdir -p "$out" "$data"
bench() { dotnet benchmarks/CreditRules.Benchmarks/bin/Release/net10.0/CreditRules.Benchmarks.dll "$@"; }

dotnet build -c Release benchmarks/CreditRules.Benchmarks > /dev/null
{ echo "# machine"; uname -a; nproc; grep -m1 "model name" /proc/cpuinfo || true; free -g | head -2; dotnet --version; } > "$out/machine.txt"

echo "== BenchmarkDotNet suite"
dotnet run -c Release --no-build --project benchmarks/CreditRules.Benchmarks -- --filter '*' \
  --launchCount 1 --warmupCount 3 --iterationCount 10 --exporters github --artifacts "$data/bdn" | tee "$out/bdn-console.txt"
cp "$data"/bdn/results/*-report-github.md "$out/"

echo "== 10 million lines, streamed"
[ -s "$data/learners-10M.jsonl" ] || bench --generate "$lines" "$data/learners-10M.jsonl"
{ ls -l "$data/learners-10M.jsonl"
  bench --stream-bare "$data/learners-10M.jsonl"
  bench --stream-e2e "$data/learners-10M.jsonl" "$data/decisions-10M.jsonl"
  wc -l "$data/decisions-10M.jsonl"; } | tee "$out/streaming-10M.txt"
rm -f "$data/decisions-10M.jsonl"

echo "== creditrules bulk, 1 million learners"
cli() { dotnet src/CreditRules.Cli/bin/Release/net10.0/CreditRules.Cli.dll "$@"; }
dotnet build -c Release src/CreditRules.Cli > /dev/null
[ -s "$data/learners-1M.jsonl" ] || cli generate --learners 1000000 --seed 2013 --out "$data/learners-1M.jsonl"
{ echo '$ creditrules bulk learners-1M.jsonl --out decisions-1M.jsonl'
  cli bulk "$data/learners-1M.jsonl" --out "$data/decisions-1M.jsonl"
  echo '$ wc -l learners-1M.jsonl decisions-1M.jsonl'; wc -l "$data/learners-1M.jsonl" "$data/decisions-1M.jsonl"; } | tee "$out/bulk-1M.txt"

echo "== cold start (fresh processes)"
[ -d "$data/r2r" ] || dotnet publish benchmarks/CreditRules.Benchmarks -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$data/r2r" > /dev/null
head -n 1000 "$data/learners-1M.jsonl" > "$data/first.jsonl"
{ echo "JIT:"; for i in 1 2 3 4 5; do bench --cold-start "$data/first.jsonl"; done
  echo "ReadyToRun:"; for i in 1 2 3 4 5; do dotnet "$data/r2r/CreditRules.Benchmarks.dll" --cold-start "$data/first.jsonl"; done; } | tee "$out/cold-start.txt"

