;; A small module to try Teracage on: `validate` prints what it contains.
(module
  ;; The host prints a string given its address and length in memory.
  (import "env" "print" (func $print (param i32 i32)))

  (memory (export "memory") 1)
  (data (i32.const 16) "Hello, WebAssembly!\n")

  (global $greetings (mut i32) (i32.const 0))

  ;; Prints the greeting and returns how many times it has been printed.
  (func $hello (export "hello") (result i32)
    (call $print (i32.const 16) (i32.const 20))
    (global.set $greetings (i32.add (global.get $greetings) (i32.const 1)))
    (global.get $greetings))

  ;; Adds two numbers.
  (func (export "add") (param $a i32) (param $b i32) (result i32)
    (i32.add (local.get $a) (local.get $b))))
