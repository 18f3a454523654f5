#!/bin/sh
# Builds the WASI test programs with Debian's clang, lld and wasi-libc:
#   apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32
# The .wasm files are committed, so the Maven build never needs clang; run this after editing a .c.
set -eu
cd "$(dirname "$0")"
for source in *.c; do
  clang --target=wasm32-wasi -O2 -Wall -Werror -Wl,--strip-all -o "${source%.c}.wasm" "$source"
done
ls -l ./*.wasm
