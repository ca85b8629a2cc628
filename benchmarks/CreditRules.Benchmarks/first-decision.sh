#!/usr/bin/env bash
# First decision with the JIT, in fresh processes: N runs of the benchmarks' --cold-start mode (ColdStart.cs: load the
# sample documents, compile the plan, read one JSON Lines learner, decide outcome-only), each timed whole from outside
# (process start to exit) and split inside (first decision after loading, wall and CPU; per phase CPU and the methods
# the JIT compiled). Prints every run and the medians. JIT only: set nothing that precompiles (no ReadyToRun build).
# Usage: benchmarks/CreditRules.Benchmarks/first-decision.sh [-n 10] one-learner.jsonl
#   (make the file with: creditrules generate --learners 1 --out one.jsonl; build the benchmarks in Release first)
set -euo pipefail
runs=10
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
line=${1:?usage: $0 [-n runs] one-learner.jsonl}
exe="$(dirname "$0")/bin/Release/net10.0/CreditRules.Benchmarks"
"$exe" --cold-start "$line" > /dev/null   # one untimed run: disk cache, not JIT
whole=(); first=(); cpu=(); methods=(); phases=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  out=$("$exe" --cold-start "$line")
  end=$(date +%s%N)
  whole+=($(( (end - start) / 1000000 )))
  head=$(head -1 <<< "$out")
  first+=($(sed -E 's/.*first decision ([0-9.]+) ms after loading.*/\1/' <<< "$head"))
  cpu+=($(sed -E 's/.*after loading \(CPU ([0-9]+) ms\).*/\1/' <<< "$head"))
  methods+=($(sed -nE 's/.*first decision ([0-9]+) methods.*/\1/p' <<< "$out"))
  phases+=("$(sed -nE 's/.*read the input file ([0-9]+) \/ [0-9]+, compile the plan ([0-9]+) \/ [0-9]+, read the line ([0-9]+) \/ [0-9]+, outcome-only ([0-9]+) \/ [0-9]+.*/\1 \2 \3 \4/p' <<< "$out")")
  echo "run $i: whole process ${whole[-1]} ms; $out"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
col() { printf '%s\n' "${phases[@]}" | awk -v c="$1" '{print $c}'; }
echo "median of $runs: whole process $(median "${whole[@]}") ms; first decision after loading $(median "${first[@]}") ms wall, $(median "${cpu[@]}") ms CPU, $(median "${methods[@]}") methods JIT-compiled"
echo "  median CPU ms per phase: read the input file $(median $(col 1)), compile the plan $(median $(col 2)), read the line $(median $(col 3)), outcome-only $(median $(col 4)); load average $(cut -d' ' -f1-3 /proc/loadavg)"
# One machine-readable line for the README table (--readme-table).
echo "summary: first-decision runs=$runs whole_ms=$(median "${whole[@]}") first_ms=$(median "${first[@]}") cpu_ms=$(median "${cpu[@]}") methods=$(median "${methods[@]}")"
