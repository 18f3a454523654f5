#!/usr/bin/env bash
# WASI I/O throughput, Teracage against Node's node:wasi on the same .wasm files:
#   write_stdout.wasm: 100 MB to standard output (redirected to /dev/null) in 100-byte fwrites;
#   read_file.wasm:    a 100 MB file read through a preopened directory in 4 KiB freads.
# Needs the reactor built first (./mvnw -o verify, or -pl runtime,plugin test-compile) and JDK 25
# (source .ci/find-jdk.sh). Prints wall time of each whole process, best of RUNS (default 3).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runs="${RUNS:-3}"
cp="$root/runtime/target/classes:$root/plugin/target/classes:$root/plugin/target/test-classes"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
head -c 100000000 /dev/urandom > "$data/big.bin"

best() { # best wall-clock milliseconds of "$@" over $runs runs, output discarded
  local best=""
  for _ in $(seq "$runs"); do
    local t0 t1 ms
    t0=$(date +%s%N)
    "$@" > /dev/null 2>/dev/null
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

teracage() { "$JAVA_HOME/bin/java" -cp "$cp" dev.teracage.compiler.wasi.RunWasi "$@"; }
node_wasi() { node --no-warnings "$here/run-node.mjs" "$@"; }

printf '%-14s %12s %12s %8s\n' program teracage-ms node-ms ratio
for program in write_stdout read_file; do
  args=()
  if [ "$program" = read_file ]; then args=(/data/big.bin); fi
  t=$(best teracage "$here/$program.wasm" "$data" "${args[@]}")
  n=$(best node_wasi "$here/$program.wasm" "$data" "${args[@]}")
  printf '%-14s %12s %12s %8s\n' "$program" "$t" "$n" "$(awk -v t="$t" -v n="$n" 'BEGIN{printf "%.2f", n/t}')"
done
