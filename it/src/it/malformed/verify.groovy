// One error line names file, line:column, function and the spec's reason.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal dev.teracage:teracage-maven-plugin') }
assert error != null
assert error =~ /on project malformed: src\/main\/wasm\/bad\.wat:5:\d+: func\[1\] "broken": type mismatch/
assert !new File(basedir, 'target/classes/BadWasm.class').exists()
