;; The second function returns an i64 where its type says i32.
(module
  (func (export "fine") (result i32) (i32.const 1))
  (func $broken (export "broken") (result i32)
    (i64.const 1)))
