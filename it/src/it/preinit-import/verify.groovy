// The build failed with one error naming the file, the initializer and the import it called.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal dev.teracage:teracage-maven-plugin') }
assert error != null
assert error.contains('src/main/wasm/clock.wat: pre-initialization with init called import "env"."now"')
assert !new File(basedir, 'target/classes/ClockWasm.tcimg').exists()
