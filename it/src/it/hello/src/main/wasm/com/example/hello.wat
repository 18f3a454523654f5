;; Greets through an imported host function and adds two numbers.
(module
  (import "env" "print" (func $print (param i32 i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "Hello, WebAssembly!")
  (func (export "hello") (call $print (i32.const 16) (i32.const 19)))
  (func (export "add") (param $a i32) (param $b i32) (result i32)
    (i32.add (local.get $a) (local.get $b))))
