#!/usr/bin/env bash
# Runs a JMH benchmark of it/bench under JMH's perfasm profiler, with the hot compiled code
# disassembled: where the JIT's time goes, instruction by instruction.
#
#   it/bench/perfasm/perfasm.sh KernelBenchmark -p runtime=TERACAGE -p kernel=INTERP -f 1 -wi 4 -i 3
#
# Needs Debian's linux-perf and libhsdis0-fcml (apt-get install linux-perf libhsdis0-fcml), gcc,
# JDK 25 (source .ci/find-jdk.sh) and the benchmark jar (./mvnw -pl it/bench -am package
# -DskipTests). Samples the cpu-clock event, which works where the machine exposes no hardware
# counters (perf stat -e cycles true says "not supported"). Extra JMH options go after the
# benchmark's name; the output is JMH's, on standard output.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/benchmarks.jar"
lib=/usr/lib/x86_64-linux-gnu/libhsdis.so.0
out="$here/../target/hsdis"
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -pl it/bench -am package -DskipTests" >&2; exit 2; }
[ -f "$lib" ] || { echo "no $lib: apt-get install libhsdis0-fcml" >&2; exit 2; }
command -v perf > /dev/null || { echo "no perf: apt-get install linux-perf" >&2; exit 2; }
mkdir -p "$out"
if [ ! -f "$out/hsdis-amd64.so" ] || [ "$here/hsdis-shim.c" -nt "$out/hsdis-amd64.so" ]; then
  gcc -shared -fPIC -O2 -o "$out/hsdis-amd64.so" "$here/hsdis-shim.c" "$lib" \
    -Wl,-rpath,"$(dirname "$lib")"
fi
LD_LIBRARY_PATH="$out${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "${JAVA_HOME:?source .ci/find-jdk.sh}/bin/java" \
  -jar "$jar" "$@" -prof "perfasm:events=cpu-clock"
