#!/bin/sh
# Rebuilds the SIMD benchmark kernels (*.c) twice with clang for wasm32, no libc: with -msimd128
# (../resources/simd/<name>.wasm, the loops auto-vectorized to v128) and without
# (../resources/simd/<name>-scalar.wasm). The .wasm files are committed, so the Maven build never
# needs clang. Needs clang and wasm-ld (Debian: apt-get install clang lld). Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/simd"
mkdir -p "$out"
for src in "$here"/*.c; do
  name=$(basename "$src" .c)
  for variant in simd scalar; do
    if [ "$variant" = simd ]; then flags=-msimd128; file="$name"; else flags=; file="$name-scalar"; fi
    clang --target=wasm32 -nostdlib -O3 $flags -fno-builtin -Wl,--no-entry -Wl,--export=run \
      -Wl,-z,stack-size=65536 -o "$out/$file.wasm" "$src"
    echo "$out/$file.wasm"
  done
done
