// The image holds the initialized state (its squares alone are 256 KiB) and the test passed.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def image = new File(basedir, 'target/classes/com/example/SquaresWasm.tcimg')
assert image.isFile()
assert image.length() > 256 * 1024
