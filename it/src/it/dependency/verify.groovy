// The wasm dependency was compiled like a module of the project, and its facade worked.
def log = new File(basedir, 'build.log').text
assert log =~ /dependencies\/com\.acme\/codec\.wasm: 1 function, code [\d,]+ bytes, image [\d,]+ bytes, \d+ ms -> com\.acme\.Codec/
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/classes/com/acme/CodecWasm.class').isFile()
assert new File(basedir, 'target/classes/com/acme/CodecWasm.tcimg').isFile()
