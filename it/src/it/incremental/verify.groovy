// The second build did no work; the two clean builds (target, target2) gave identical bytes.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] com/example/counter.wat: up to date, skipped (com.example.Counter)')
assert log.contains('[INFO] Nothing to compile: 1 module up to date')

def files(File root) {
  def found = new TreeMap<String, byte[]>()
  root.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    found[root.toPath().relativize(f.toPath()).toString()] = f.bytes
  }
  found
}
def first = files(new File(basedir, 'target/classes'))
def second = files(new File(basedir, 'target2/classes'))
assert first.keySet() == second.keySet()
assert first.containsKey('com/example/CounterWasm.class')
assert first.containsKey('com/example/CounterWasm.tcimg')
assert first.containsKey('com/example/Counter.class')
first.each { name, bytes -> assert Arrays.equals(bytes, second[name]) : "differs: " + name }
def source = 'generated-sources/teracage/com/example/Counter.java'
assert new File(basedir, 'target/' + source).text == new File(basedir, 'target2/' + source).text
assert Arrays.equals(new File(basedir, 'target/incremental-1.0.jar').bytes,
    new File(basedir, 'target2/incremental-1.0.jar').bytes)
