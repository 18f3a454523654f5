// The module was compiled by convention and its facade worked in the project's own tests.
def log = new File(basedir, 'build.log').text
assert log =~ /com\/example\/hello\.wat: 2 functions, code [\d,]+ bytes, image [\d,]+ bytes, \d+ ms -> com\.example\.Hello/
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/classes/com/example/HelloWasm.class').isFile()
assert new File(basedir, 'target/classes/com/example/HelloWasm.tcimg').isFile()
assert new File(basedir, 'target/classes/com/example/Hello.class').isFile()
assert new File(basedir, 'target/generated-sources/teracage/com/example/Hello.java').isFile()
def jar = new java.util.jar.JarFile(new File(basedir, 'target/hello-1.0.jar'))
assert jar.getEntry('com/example/HelloWasm.tcimg') != null
jar.close()
