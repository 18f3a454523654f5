#!/bin/sh
# Builds the WASI benchmark programs (Debian: apt-get install -y clang lld wasi-libc
# libclang-rt-14-dev-wasm32). The .wasm files are committed.
set -eu
cd "$(dirname "$0")"
for source in *.c; do
  clang --target=wasm32-wasi -O2 -Wall -Werror -Wl,--strip-all -o "${source%.c}.wasm" "$source"
done
