def log = new File(basedir, 'build.log').text
assert log.contains('Compiled 2 of 2 modules')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
