#!/usr/bin/env bash
# SimdBenchmark's Teracage variants in alternating forks: for each kernel, ROUNDS (default 8)
# rounds of one JMH fork of the SIMD build then one fork of the scalar build. On a shared VM a
# machine's speed drifts over minutes; JMH runs all forks of one variant before the next, so a
# drift lands on one side, while forks taken back to back see the same machine. Prints each
# round's times and ratio, then per kernel the medians of both builds and of the ratios.
# Needs JDK 25 (source .ci/find-jdk.sh) and the benchmarks jar:
#   ./mvnw -q package -DskipTests -pl it/bench -am
# Usage: it/bench/simd-pairs.sh [kernel...]   (default: HASH DOT BLEND SAXPY)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
rounds="${ROUNDS:-8}"
jmh="${JMH_OPTS:--wi 4 -i 3 -w 1 -r 1}"
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -q package -DskipTests -pl it/bench -am" >&2; exit 1; }
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
kernels=("$@")
[ ${#kernels[@]} -gt 0 ] || kernels=(HASH DOT BLEND SAXPY)

fork() { # one fork's score in µs per call of kernel $1, variant $2
  # shellcheck disable=SC2086
  "$java" -jar "$jar" SimdBenchmark -p kernel="$1" -p variant="$2" -f 1 $jmh \
    2> /dev/null | awk '$1 == "SimdBenchmark.run" { print $(NF-3) }' || true
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

summary=""
for kernel in "${kernels[@]}"; do
  simd=() scalar=() ratios=()
  for round in $(seq "$rounds"); do
    s=$(fork "$kernel" TERACAGE_SIMD)
    c=$(fork "$kernel" TERACAGE_SCALAR)
    if [ -z "$s" ] || [ -z "$c" ]; then
      echo "a fork of $kernel gave no score; run it alone to see JMH's output:" >&2
      echo "  $java -jar $jar SimdBenchmark -p kernel=$kernel -p variant=TERACAGE_SIMD -f 1" >&2
      exit 1
    fi
    r=$(awk -v s="$s" -v c="$c" 'BEGIN { printf "%.3f", s / c }')
    simd+=("$s") scalar+=("$c") ratios+=("$r")
    printf '%-6s round %2d  SIMD %10s  scalar %10s  SIMD/scalar %s\n' "$kernel" "$round" "$s" "$c" "$r"
  done
  line=$(printf '%-6s SIMD median %10.1f  scalar median %10.1f  ratio median %s  (%s-%s)' "$kernel" \
    "$(printf '%s\n' "${simd[@]}" | median)" "$(printf '%s\n' "${scalar[@]}" | median)" \
    "$(printf '%s\n' "${ratios[@]}" | median)" \
    "$(printf '%s\n' "${ratios[@]}" | sort -g | head -1)" "$(printf '%s\n' "${ratios[@]}" | sort -g | tail -1)")
  echo "$line"
  summary+="$line"$'\n'
done
printf '\n%s' "$summary"
