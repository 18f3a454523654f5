;; A counter in a mutable global, with data in memory.
(module
  (memory (export "memory") 1)
  (data (i32.const 0) "counter")
  (global $n (export "n") (mut i64) (i64.const 0))
  (func (export "next") (result i64)
    (global.set $n (i64.add (global.get $n) (i64.const 1)))
    (global.get $n)))
