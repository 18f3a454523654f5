// Runs a WASI command module under Node's node:wasi: node run-node.mjs FILE.wasm DIR [ARG...]
// DIR is preopened as "/data". Prints the run time of _start (ms) to standard error.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { argv, stderr } from 'node:process';

const [file, dir, ...args] = argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [file, ...args], preopens: { '/data': dir } });
const module = await WebAssembly.compile(await readFile(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
const start = process.hrtime.bigint();
const status = wasi.start(instance);
stderr.write(`node run ms ${Number(process.hrtime.bigint() - start) / 1e6}\n`);
process.exitCode = status;
