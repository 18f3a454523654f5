// Both SIMD modules were compiled by convention and their facades worked in the project's tests.
def log = new File(basedir, 'build.log').text
assert log =~ /com\/example\/dot\.wasm: 1 function, code [\d,]+ bytes, image [\d,]+ bytes, \d+ ms -> com\.example\.Dot/
assert log =~ /com\/example\/lanes\.wat: 2 functions, code [\d,]+ bytes, image [\d,]+ bytes, \d+ ms -> com\.example\.Lanes/
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
