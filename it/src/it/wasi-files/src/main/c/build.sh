#!/bin/sh
# Builds ../wasm/com/example/copy.wasm with Debian's clang and wasi-libc
# (apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32). The .wasm is committed.
set -eu
cd "$(dirname "$0")"
clang --target=wasm32-wasi -O2 -Wall -Werror -Wl,--strip-all -o ../wasm/com/example/copy.wasm copy.c
