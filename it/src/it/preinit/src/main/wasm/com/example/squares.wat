;; A table of 65,536 squares and a funcref table, built by "init" at build time.
(module
  (memory (export "memory") 4)
  (table 2 funcref)
  (global $ready (export "ready") (mut i32) (i32.const 0))
  (type $op (func (param i32) (result i32)))
  (func $twice (type $op) (i32.shl (local.get 0) (i32.const 1)))
  (elem declare func $twice)
  (func (export "init") (local $i i32)
    (loop $fill
      (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.mul (local.get $i) (local.get $i)))
      (br_if $fill (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
                             (i32.const 65536))))
    (table.set (i32.const 1) (ref.func $twice))
    (global.set $ready (i32.add (global.get $ready) (i32.const 1))))
  (func (export "square") (param i32) (result i32)
    (i32.load (i32.shl (local.get 0) (i32.const 2))))
  (func (export "apply") (param i32 i32) (result i32)
    (call_indirect (type $op) (local.get 1) (local.get 0))))
