(module
  (import "lib" "square" (func $square (param i64) (result i64)))
  (func (export "sumOfSquares") (param $a i64) (param $b i64) (result i64)
    (i64.add (call $square (local.get $a)) (call $square (local.get $b)))))
