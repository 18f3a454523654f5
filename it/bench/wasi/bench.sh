#!/usr/bin/env bash
# WASI I/O throughput, Teracage against Node's node:wasi on the same .wasm files:
#   write_stdout.wasm: MB megabytes (default 100) to standard output (redirected to /dev/null) in
#                      100-byte fwrites;
#   read_file.wasm:    an MB-megabyte file read through a preopened directory in 4 KiB freads.
# Needs the reactor built first (./mvnw -o verify, or -pl runtime,plugin test-compile) and JDK 25
# (source .ci/find-jdk.sh). Prints, best of RUNS (default 3): the wall time of each whole process
# (Teracage's includes JVM start-up and compiling the module, which a packaged application does at
# build time) and the run time of _start alone, as each runner reports it on standard error.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runs="${RUNS:-3}"
mb="${MB:-100}"
cp="$root/runtime/target/classes:$root/plugin/target/classes:$root/plugin/target/test-classes"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
head -c "${mb}000000" /dev/urandom > "$data/big.bin"

best() { # "WALL RUN": best wall-clock and best _start milliseconds of "$@" over $runs runs
  local best="" best_run=""
  for _ in $(seq "$runs"); do
    local t0 t1 ms run
    t0=$(date +%s%N)
    run=$("$@" 2>&1 > /dev/null | sed -n 's/.* run ms \([0-9]*\).*/\1/p')
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    if [ -z "$best_run" ] || [ "$run" -lt "$best_run" ]; then best_run=$run; fi
  done
  echo "$best $best_run"
}

teracage() { "$JAVA_HOME/bin/java" -cp "$cp" dev.teracage.compiler.wasi.RunWasi "$@"; }
node_wasi() { node --no-warnings "$here/run-node.mjs" "$@"; }

ratio() { awk -v t="$1" -v n="$2" 'BEGIN{printf "%.2f", n/t}'; }
printf '%-13s %14s %10s %6s %14s %10s %6s\n' program teracage-wall node-wall ratio \
  teracage-start node-start ratio
for program in write_stdout read_file; do
  args=("$mb")
  if [ "$program" = read_file ]; then args=(/data/big.bin); fi
  read -r tw tr < <(best teracage "$here/$program.wasm" "$data" "${args[@]}")
  read -r nw nr < <(best node_wasi "$here/$program.wasm" "$data" "${args[@]}")
  printf '%-13s %14s %10s %6s %14s %10s %6s\n' "$program" "$tw" "$nw" "$(ratio "$tw" "$nw")" \
    "$tr" "$nr" "$(ratio "$tr" "$nr")"
done
echo "ratio: node time / teracage time (1.00 = as fast as node; the goal is at least 0.50)"
