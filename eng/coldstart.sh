#!/usr/bin/env bash
# Cold start as a user meets it: N fresh processes of a command, wall-clock per run and the median (then a `summary:` line).
# Usage: eng/coldstart.sh [-n 10] -- COMMAND...   e.g.
#   eng/coldstart.sh -- dotnet src/CreditRules.Cli/bin/Release/net10.0/CreditRules.Cli.dll evaluate --learners one.json
set -euo pipefail
runs=10
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: $0 [-n runs] -- command..." >&2; exit 2; }
"$@" > /dev/null 2>&1 || { echo "command failed: $*" >&2; "$@" | tail -5; exit 1; }   # one untimed run: disk cache, not JIT
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(printf '%s\n' "$sorted" | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}')
echo "runs (ms): ${times[*]}"
echo "median of $runs: $median ms  ($*)"
# One machine-readable line for the README table (benchmarks: --readme-table).
echo "summary: coldstart runs=$runs median_ms=$median"
