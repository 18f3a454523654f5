// The C program was compiled by the plugin and ran on WASI in the project's own test.
def log = new File(basedir, 'build.log').text
assert log =~ /com\/example\/copy\.wasm: \d+ functions, code [\d,]+ bytes, image [\d,]+ bytes, \d+ ms -> com\.example\.Copy/
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/classes/com/example/CopyWasm.tcimg').isFile()
