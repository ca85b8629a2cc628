#!/usr/bin/env bash
# First decision with the JIT, in fresh processes: N runs of the benchmarks' --cold-start mode (load the sample documents,
# compile the plan, read one JSON Lines learner, decide outcome-only), each timed whole from outside (process start to
# exit) and split inside (first decision after loading, wall and CPU). Prints every run and the medians.
# Usage: benchmarks/CreditRules.Benchmarks/first-decision.sh [-n 10] one-learner.jsonl
#   (make the file with: creditrules generate --learners 1 --out one.jsonl; build the benchmarks in Release first)
set -euo pipefail
runs=10
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
line=${1:?usage: $0 [-n runs] one-learner.jsonl}
exe="$(dirname "$0")/bin/Release/net10.0/CreditRules.Benchmarks"
"$exe" --cold-start "$line" > /dev/null   # one untimed run: disk cache, not JIT
whole=(); first=(); cpu=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  out=$("$exe" --cold-start "$line")
  end=$(date +%s%N)
  whole+=($(( (end - start) / 1000000 )))
  first+=($(sed -E 's/.*first decision ([0-9.]+) ms after loading.*/\1/' <<< "$out"))
  cpu+=($(sed -E 's/.*after loading \(CPU ([0-9]+) ms\).*/\1/' <<< "$out"))
  echo "run $i: whole process ${whole[-1]} ms; $out"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
echo "median of $runs: whole process $(median "${whole[@]}") ms; first decision after loading $(median "${first[@]}") ms wall, $(median "${cpu[@]}") ms CPU"
# One machine-readable line for the README table (--readme-table).
echo "summary: first-decision runs=$runs whole_ms=$(median "${whole[@]}") first_ms=$(median "${first[@]}") cpu_ms=$(median "${cpu[@]}")"
