#!/bin/sh
# Rebuilds the benchmark kernels (*.c -> ../resources/kernels/*.wasm) with clang for wasm32, no libc.
# The .wasm files are committed, so the Maven build never needs clang.
# Needs clang and wasm-ld (Debian: apt-get install clang lld). Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/kernels"
mkdir -p "$out"
for src in "$here"/*.c; do
  name=$(basename "$src" .c)
  clang --target=wasm32 -nostdlib -O2 -fno-builtin -Wl,--no-entry -Wl,--export=run \
    -Wl,-z,stack-size=65536 -o "$out/$name.wasm" "$src"
  echo "$out/$name.wasm"
done
