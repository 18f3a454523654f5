// Run the packaged application the way a user would.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = [java, '-jar', 'target/app-jar-1.0.jar', '90'].execute(null, basedir)
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
assert process.exitValue() == 0 : err
assert out.toString().trim() == 'fib(90) = 2880067194370816120'
assert new File(basedir, 'target/lib').list().any { it.startsWith('teracage-runtime-') }
